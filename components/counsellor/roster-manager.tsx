"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Icon } from "@/components/ui/icon";
import type { RosterJson } from "@/lib/counsellor/api-client";
import { useRoster } from "@/lib/counsellor/hooks/use-roster";
import { RosterAddForm } from "./roster-add-form";
import { RosterEntryItem } from "./roster-entry-item";
import { RosterUnmatched } from "./roster-unmatched";

export type RosterManagerProps = {
  cohortId: string;
  initialRoster: RosterJson;
  /** The fit bands' names by id, in the page's language (from the server's profile). */
  bandLabels: Record<string, string>;
};

/** A cohort's roster: the summary, adding names, each student's status, and matching shared results to names. */
export function RosterManager({ cohortId, initialRoster, bandLabels }: RosterManagerProps) {
  const t = useTranslations("cohorts.roster");
  const { data: roster = initialRoster } = useRoster(cohortId, initialRoster);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <div className="grid gap-6">
      <p data-roster-summary className="text-lg font-semibold text-pretty text-slate-900">
        {roster.counts.total === 0 ? t("summaryEmpty") : t("summary", { ...roster.counts })}
      </p>
      <p role="status" className="-mt-4 text-sm font-medium text-brand-800 empty:hidden">
        {message ?? ""}
      </p>
      {roster.archived ? (
        <p className="flex items-start gap-2.5 rounded-xl border border-amber-300 bg-amber-50 p-4 leading-relaxed text-amber-950">
          <Icon name="info" className="mt-0.5 size-5 shrink-0 text-amber-800" />
          <span>{t("archivedNote")}</span>
        </p>
      ) : (
        <RosterAddForm cohortId={cohortId} />
      )}
      <section aria-labelledby="roster-list-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
        <h2 id="roster-list-heading" className="text-lg font-bold tracking-tight text-slate-900">
          {t("listHeading")}
        </h2>
        {roster.entries.length === 0 ? (
          <p className="mt-1 leading-relaxed text-slate-700">{t("emptyRoster")}</p>
        ) : (
          <ul className="mt-1">
            {roster.entries.map((entry) => (
              <RosterEntryItem key={entry.id} cohortId={cohortId} entry={entry} readOnly={roster.archived} bandLabels={bandLabels} onDone={setMessage} />
            ))}
          </ul>
        )}
      </section>
      <RosterUnmatched cohortId={cohortId} roster={roster} bandLabels={bandLabels} onDone={setMessage} />
    </div>
  );
}
