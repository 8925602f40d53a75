"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Icon } from "@/components/ui/icon";
import type { CohortJson } from "@/lib/counsellor/api-client";
import { CohortsActions } from "./cohorts-actions";
import { useShortDate } from "./cohorts-card";

export type CohortsArchivedCardProps = {
  cohort: CohortJson;
  onDone: (message: string) => void;
};

/** An archived cohort, listed apart: no code or link to hand out, only its results, Restore and Delete. */
export function CohortsArchivedCard({ cohort, onDone }: CohortsArchivedCardProps) {
  const t = useTranslations("cohorts");
  const shortDate = useShortDate();
  return (
    <li className="rounded-2xl border border-slate-300 bg-slate-50 p-5 sm:p-6">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <h3 className="min-w-0 text-lg leading-snug font-bold tracking-tight break-words text-slate-900">{cohort.name}</h3>
        <span className="inline-flex items-center rounded-full bg-slate-200 px-2.5 py-0.5 text-xs leading-5 font-semibold text-slate-800">
          {t("archive.badge")}
        </span>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-0 text-sm text-slate-700">
        {cohort.archivedAt ? <span>{t("archive.archivedOn", { date: shortDate(cohort.archivedAt) })}</span> : null}
        <span className="font-semibold text-slate-900">{t("card.resultCount", { count: cohort.resultCount })}</span>
        <Link
          href={`/counsellor?cohort=${encodeURIComponent(cohort.id)}`}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-lg font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
        >
          {t("card.seeResults")} <span className="sr-only">{t("card.seeResultsOf", { name: cohort.name })}</span>
          <Icon name="arrowRight" className="size-4 shrink-0" />
        </Link>
        <Link
          href={`/counsellor/cohorts/${encodeURIComponent(cohort.id)}`}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-lg font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
        >
          <Icon name="list" className="size-4 shrink-0" />
          {t("roster.open")} <span className="sr-only">{t("card.forCohort", { name: cohort.name })}</span>
        </Link>
      </div>
      <div className="mt-4">
        <CohortsActions cohort={cohort} onDone={onDone} />
      </div>
    </li>
  );
}
