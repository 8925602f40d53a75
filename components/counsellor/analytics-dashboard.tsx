"use client";

import { Link } from "@/lib/i18n/navigation";
import { useId, useState, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { bandLabel, flagName, skillName } from "@/lib/cohorts/signals";
import type { CohortAnalytics } from "@/lib/counsellor/api-client";
import { viewToSearch } from "@/lib/counsellor/filters";
import { counsellorPdfWords } from "@/lib/pdf/counsellor-words";
import { CLASS_SUMMARY_MAX, classSummaryPdfPath } from "@/lib/pdf/paths";
import { useAnalytics } from "@/lib/counsellor/hooks/use-analytics";
import { useViewState } from "@/lib/counsellor/use-view-state";
import { attemptWords } from "@/lib/counsellor/attempt-words";
import { formatScore } from "@/lib/report/format";
import { BarChart, percentOf } from "./analytics-charts";
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

const components = [
  { key: "overall", label: "Overall fit" },
  { key: "education", label: "Education" },
  { key: "skills", label: "Skills" },
  { key: "temperament", label: "Temperament" },
] as const;

/**
 * Where a batch stands, for the same filters as the results table: the figures are the API's
 * own counts and averages, shown as they come (only the percentages are worked out here).
 */
export function AnalyticsDashboard({ initialSearch, initialData, cohorts, sharedCount }: AnalyticsDashboardProps) {
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
        what="the analytics"
        returnTo={`/counsellor/analytics${search}`}
        onRetry={() => void analytics.refetch()}
      />
    ) : (
      <p className="rounded-2xl border border-slate-200 bg-white p-6 text-slate-700">Counting results…</p>
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
          <h2 className="text-xl font-bold tracking-tight text-slate-900">{filtered ? "For these filters" : "All your results"}</h2>
          <p role="status" className="mt-1 text-slate-700">
            {data ? `${resultsText(data.total)} counted, ${attemptWords.counting[filters.attempts ?? "latest"]}` : analytics.error ? "The analytics could not be loaded." : "Counting results…"}
            {busy && data ? <span className="ml-2 text-sm text-slate-600">(updating…)</span> : null}
          </p>
        </div>
        {data && data.total > 0 ? (
          <div className="flex flex-col gap-x-6 self-start sm:flex-row sm:flex-wrap sm:self-auto">
            <Link
              href={`/counsellor${search}`}
              className="inline-flex min-h-11 items-center gap-1.5 self-start font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
            >
              <Icon name="list" className="size-5 shrink-0" />
              {filtered ? "See these results in the table" : "See all results in the table"}
            </Link>
            {/* The same filters as a PDF to print or send: a plain link, as the server answers with an attachment. */}
            {data.total <= CLASS_SUMMARY_MAX ? (
              <a
                href={classSummaryPdfPath(search)}
                aria-describedby={classPdfHintId}
                className="inline-flex min-h-11 items-center gap-1.5 self-start font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                data-class-pdf
              >
                <Icon name="arrowDown" className="size-5 shrink-0" />
                {counsellorPdfWords.class.download.label}
              </a>
            ) : null}
            <p id={classPdfHintId} className="sr-only">
              {counsellorPdfWords.class.download.note}
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
  const { total } = data;
  const topGap = data.gaps[0];
  const topFlag = data.flags[0];
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Results" value={total.toLocaleString("en-IN")} />
        <Stat
          label="Average overall fit"
          value={data.averages.overall === null ? "–" : formatScore(data.averages.overall)}
          unit="/ 100"
        />
        <Stat
          label="Most common skill gap"
          value={topGap && topGap.count ? skillName(topGap.skillId) : "None"}
          note={topGap && topGap.count ? `${topGap.count} of ${resultsText(total)} (${percentOf(topGap.count, total)})` : undefined}
          small
        />
        <Stat
          label="Most common not-ideal flag"
          value={topFlag && topFlag.count ? flagName(topFlag.traitId) : "None"}
          note={topFlag && topFlag.count ? `${topFlag.count} of ${resultsText(total)} (${percentOf(topFlag.count, total)})` : undefined}
          small
        />
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="bands" title="Band distribution" lead="How many results fall in each fit band.">
          <BarChart
            title="Results by band"
            bars={data.bands.map(({ band, count }) => ({
              id: band,
              label: bandLabel(band),
              share: count / total,
              value: `${count} · ${percentOf(count, total)}`,
              spoken: `${resultsText(count)}, ${percentOf(count, total)}`,
              tone: bandTones[band],
            }))}
            columns={["Band", "Results", "Share"]}
            rows={data.bands.map(({ band, count }) => [bandLabel(band), count, percentOf(count, total)])}
          />
        </Panel>

        <Panel id="averages" title="Average scores" lead="The mean of each score across these results, out of 100.">
          <BarChart
            title="Average scores out of 100"
            bars={components.map(({ key, label }) => {
              const value = data.averages[key];
              return {
                id: key,
                label,
                share: (value ?? 0) / 100,
                value: value === null ? "–" : formatScore(value),
                spoken: value === null ? "no average" : `${formatScore(value)} out of 100`,
              };
            })}
            columns={["Score", "Average (out of 100)"]}
            rows={components.map(({ key, label }) => {
              const value = data.averages[key];
              return [label, value === null ? "–" : formatScore(value)];
            })}
          />
        </Panel>

        <Panel
          id="gaps"
          title="Most common skill gaps"
          lead="How many results have each skill below the level a working coder needs, most common first. One result can have several gaps."
        >
          <BarChart
            title="Skill gaps: results with the skill below the level needed"
            bars={data.gaps.map(({ skillId, count }) => ({
              id: skillId,
              label: skillName(skillId),
              share: count / total,
              value: `${count} · ${percentOf(count, total)}`,
              spoken: `${resultsText(count)}, ${percentOf(count, total)}`,
            }))}
            columns={["Skill", "Results with the gap", "Share of results"]}
            rows={data.gaps.map(({ skillId, count }) => [skillName(skillId), count, percentOf(count, total)])}
          />
        </Panel>

        <Panel
          id="flags"
          title="Not-ideal flags"
          lead="How many results show each trait that can make the daily work hard, most common first. One result can have several flags."
        >
          <BarChart
            title="Not-ideal flags: results with each flag"
            bars={data.flags.map(({ traitId, count }) => ({
              id: traitId,
              label: flagName(traitId),
              share: count / total,
              value: `${count} · ${percentOf(count, total)}`,
              spoken: `${resultsText(count)}, ${percentOf(count, total)}`,
              tone: "bg-amber-500",
            }))}
            columns={["Flag", "Results with the flag", "Share of results"]}
            rows={data.flags.map(({ traitId, count }) => [flagName(traitId), count, percentOf(count, total)])}
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
