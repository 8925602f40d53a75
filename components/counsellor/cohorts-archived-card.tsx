"use client";

import { Link } from "@/lib/i18n/navigation";
import { Icon } from "@/components/ui/icon";
import { cohortArchiveWords as words } from "@/lib/cohorts/archive-words";
import type { CohortJson } from "@/lib/counsellor/api-client";
import { rosterWords } from "@/lib/roster/words";
import { CohortsActions } from "./cohorts-actions";
import { resultCountText } from "./cohorts-card";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export type CohortsArchivedCardProps = {
  cohort: CohortJson;
  onDone: (message: string) => void;
};

/** An archived cohort, listed apart: no code or link to hand out, only its results, Restore and Delete. */
export function CohortsArchivedCard({ cohort, onDone }: CohortsArchivedCardProps) {
  return (
    <li className="rounded-2xl border border-slate-300 bg-slate-50 p-5 sm:p-6">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <h3 className="min-w-0 text-lg leading-snug font-bold tracking-tight break-words text-slate-900">{cohort.name}</h3>
        <span className="inline-flex items-center rounded-full bg-slate-200 px-2.5 py-0.5 text-xs leading-5 font-semibold text-slate-800">
          {words.archivedBadge}
        </span>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-0 text-sm text-slate-700">
        {cohort.archivedAt ? <span>{words.archivedOn(dateFormat.format(new Date(cohort.archivedAt)))}</span> : null}
        <span className="font-semibold text-slate-900">{resultCountText(cohort.resultCount)}</span>
        <Link
          href={`/counsellor?cohort=${encodeURIComponent(cohort.id)}`}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-lg font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
        >
          See results <span className="sr-only">shared with {cohort.name}</span>
          <Icon name="arrowRight" className="size-4 shrink-0" />
        </Link>
        <Link
          href={`/counsellor/cohorts/${encodeURIComponent(cohort.id)}`}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-lg font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
        >
          <Icon name="list" className="size-4 shrink-0" />
          {rosterWords.openRoster} <span className="sr-only">for {cohort.name}</span>
        </Link>
      </div>
      <div className="mt-4">
        <CohortsActions cohort={cohort} onDone={onDone} />
      </div>
    </li>
  );
}
