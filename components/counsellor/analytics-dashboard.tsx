"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useId, useState, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { CohortAnalytics } from "@/lib/counsellor/api-client";
import { viewToSearch } from "@/lib/counsellor/filters";
import { CLASS_SUMMARY_MAX, classSummaryPdfPath } from "@/lib/pdf/paths";
import { useAnalytics } from "@/lib/counsellor/hooks/use-analytics";
import { useViewState } from "@/lib/counsellor/use-view-state";
import { formatScore } from "@/lib/report/format";
import { BarChart, percentOf } from "./analytics-charts";
import { useProfileNames } from "./profile-names";
import { ResultFiltersPanel, activeFilterCount, type CohortOption } from "./result-filters";
import { resultsText } from "./results-parts";
import { LoadError, NoCohorts, NoMatches, NoResultsYet } from "./results-states";

export type AnalyticsDashboardProps = {
  /** The filters the server computed `initialData` for, as a query string. */
  initialSearch: string;
  initialData: CohortAnalytics;
  cohorts: CohortOption[];
  /** Results shared with any of the counsellor's cohorts, whatever the filters. */
  sharedCount: number;
};

const bandTones: Record<string, string> = {
  strong: "bg-brand-600",
  good: "bg-brand-300",
  possible: "bg-amber-400",
  "not-natural": "bg-slate-400",
};

const components = ["overall", "education", "skills", "temperament"] as const;

/**
 * Where a batch stands, for the same filters as the results table: the figures are the API's
 * own counts and averages, shown as they come (only the percentages are worked out here).
 */
export function AnalyticsDashboard({ initialSearch, initialData, cohorts, sharedCount }: AnalyticsDashboardProps) {
  const t = useTranslations("counsellor.analytics");
  const locale = useLocale();
  const tParts = useTranslations("counsellor.parts");
  const tCounting = useTranslations("counsellor.attempts.counting");
  const tPdf = useTranslations("pdf.class.download");
  const { filters, setFilters } = useViewState();
  const search = viewToSearch(filters);
  const [seedSearch, setSeedSearch] = useState<string | null>(initialSearch);
  if (seedSearch !== null && search !== seedSearch) setSeedSearch(null);
  const analytics = useAnalytics(filters, seedSearch === search ? initialData : undefined);
  const data = analytics.data;
  const busy = analytics.isPlaceholderData || (analytics.isFetching && !data);
  const filtered = activeFilterCount(filters) > 0;
  const classPdfHintId = useId();

  if (cohorts.length === 0) return <NoCohorts />;
  // Nothing shared yet: filters would only get in the way of the next step.
  if (sharedCount === 0 && data?.total === 0) return <NoResultsYet level={2} />;

  let body: ReactNode;
  if (!data) {
    body = analytics.error ? (
      <LoadError
        error={analytics.error}
        what="analytics"
        returnTo={`/counsellor/analytics${search}`}
        onRetry={() => void analytics.refetch()}
      />
    ) : (
      <p className="rounded-2xl border border-slate-200 bg-white p-6 text-slate-700">{t("counting")}</p>
    );
  } else if (data.total === 0 && (!filtered || sharedCount === 0)) {
    body = <NoResultsYet />;
  } else if (data.total === 0) {
    body = <NoMatches onClear={() => setFilters({})} />;
  } else {
    body = <Figures data={data} />;
  }

  return (
    <div className="space-y-6">
      <ResultFiltersPanel filters={filters} cohorts={cohorts} onChange={setFilters} />

      <div className="flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 className="text-xl font-bold tracking-tight text-slate-900">{filtered ? t("headingFiltered") : t("headingAll")}</h2>
          <p role="status" className="mt-1 text-slate-700">
            {data
              ? t("counted", { results: resultsText(data.total, tParts), counting: tCounting(filters.attempts ?? "latest") })
              : analytics.error
                ? t("loadFailed")
                : t("counting")}
            {busy && data ? <span className="ml-2 text-sm text-slate-600">{t("updating")}</span> : null}
          </p>
        </div>
        {data && data.total > 0 ? (
          <div className="flex flex-col gap-x-6 self-start sm:flex-row sm:flex-wrap sm:self-auto">
            <Link
              href={`/counsellor${search}`}
              className="inline-flex min-h-11 items-center gap-1.5 self-start font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
            >
              <Icon name="list" className="size-5 shrink-0" />
              {filtered ? t("tableFiltered") : t("tableAll")}
            </Link>
            {/* The same filters as a PDF to print or send: a plain link, as the server answers with an attachment. */}
            {data.total <= CLASS_SUMMARY_MAX ? (
              <a
                href={classSummaryPdfPath(search, locale)}
                aria-describedby={classPdfHintId}
                className="inline-flex min-h-11 items-center gap-1.5 self-start font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                data-class-pdf
              >
                <Icon name="arrowDown" className="size-5 shrink-0" />
                {tPdf("label")}
              </a>
            ) : null}
            <p id={classPdfHintId} className="sr-only">
              {tPdf("note")}
            </p>
          </div>
        ) : null}
      </div>

      <div aria-busy={busy} className={`transition-opacity ${busy && data ? "opacity-60" : ""}`}>
        {body}
      </div>
    </div>
  );
}

function Figures({ data }: { data: CohortAnalytics }) {
  const t = useTranslations("counsellor.analytics");
  const tParts = useTranslations("counsellor.parts");
  const names = useProfileNames();
  const { total } = data;
  const allResults = resultsText(total, tParts);
  const share = (count: number) => t("stats.share", { count: String(count), results: allResults, total: total.toLocaleString("en-IN"), percent: percentOf(count, total) });
  const bar = (count: number) => ({
    share: count / total,
    value: `${count} · ${percentOf(count, total)}`,
    spoken: `${resultsText(count, tParts)}, ${percentOf(count, total)}`,
  });
  const topGap = data.gaps[0];
  const topFlag = data.flags[0];
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label={t("stats.results")} value={total.toLocaleString("en-IN")} />
        <Stat
          label={t("stats.overall")}
          value={data.averages.overall === null ? "–" : formatScore(data.averages.overall)}
          unit={t("stats.unit")}
        />
        <Stat
          label={t("stats.topGap")}
          value={topGap && topGap.count ? names.skill(topGap.skillId) : t("stats.none")}
          note={topGap && topGap.count ? share(topGap.count) : undefined}
          small
        />
        <Stat
          label={t("stats.topFlag")}
          value={topFlag && topFlag.count ? names.flag(topFlag.traitId) : t("stats.none")}
          note={topFlag && topFlag.count ? share(topFlag.count) : undefined}
          small
        />
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="bands" title={t("bands.title")} lead={t("bands.lead")}>
          <BarChart
            title={t("bands.chart")}
            bars={data.bands.map(({ band, count }) => ({ id: band, label: names.band(band), ...bar(count), tone: bandTones[band] }))}
            columns={[t("bands.band"), t("bands.results"), t("bands.share")]}
            rows={data.bands.map(({ band, count }) => [names.band(band), count, percentOf(count, total)])}
          />
        </Panel>

        <Panel id="averages" title={t("averages.title")} lead={t("averages.lead")}>
          <BarChart
            title={t("averages.chart")}
            bars={components.map((key) => {
              const value = data.averages[key];
              return {
                id: key,
                label: t(`parts.${key}`),
                share: (value ?? 0) / 100,
                value: value === null ? "–" : formatScore(value),
                spoken: value === null ? t("averages.none") : t("averages.outOf100", { value: formatScore(value) }),
              };
            })}
            columns={[t("averages.score"), t("averages.average")]}
            rows={components.map((key) => {
              const value = data.averages[key];
              return [t(`parts.${key}`), value === null ? "–" : formatScore(value)];
            })}
          />
        </Panel>

        <Panel id="gaps" title={t("gaps.title")} lead={t("gaps.lead")}>
          <BarChart
            title={t("gaps.chart")}
            bars={data.gaps.map(({ skillId, count }) => ({ id: skillId, label: names.skill(skillId), ...bar(count) }))}
            columns={[t("gaps.skill"), t("gaps.results"), t("gaps.share")]}
            rows={data.gaps.map(({ skillId, count }) => [names.skill(skillId), count, percentOf(count, total)])}
          />
        </Panel>

        <Panel id="flags" title={t("flags.title")} lead={t("flags.lead")}>
          <BarChart
            title={t("flags.chart")}
            bars={data.flags.map(({ traitId, count }) => ({ id: traitId, label: names.flag(traitId), ...bar(count), tone: "bg-amber-500" }))}
            columns={[t("flags.flag"), t("flags.results"), t("flags.share")]}
            rows={data.flags.map(({ traitId, count }) => [names.flag(traitId), count, percentOf(count, total)])}
          />
        </Panel>
      </div>
    </div>
  );
}

function Stat({ label, value, unit, note, small = false }: { label: string; value: string; unit?: string; note?: string; small?: boolean }) {
  // The two numbers sit side by side on a phone; the longer names take the full width.
  return (
    <div className={`rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 ${small ? "col-span-2 sm:col-span-1" : ""}`}>
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      <dd className="mt-1 text-slate-900">
        <span className={small ? "text-lg leading-snug font-bold" : "text-3xl font-bold tracking-tight tabular-nums"}>{value}</span>
        {unit ? <span className="ml-1 text-base font-semibold text-slate-600">{unit}</span> : null}
        {note ? <span className="mt-1 block text-sm text-slate-600">{note}</span> : null}
      </dd>
    </div>
  );
}

function Panel({ id, title, lead, children }: { id: string; title: string; lead: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
      <h3 id={`${id}-title`} className="text-lg font-bold tracking-tight text-slate-900">
        {title}
      </h3>
      <p className="mt-1 mb-5 text-sm leading-relaxed text-pretty text-slate-600">{lead}</p>
      {children}
    </section>
  );
}
