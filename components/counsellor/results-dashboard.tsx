"use client";

import { Link } from "@/lib/i18n/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { ResultPage } from "@/lib/counsellor/api-client";
import { SORT_KEYS, filtersOf, viewToSearch, type ResultView, type SortKey } from "@/lib/counsellor/filters";
import { useResults } from "@/lib/counsellor/hooks/use-results";
import { useViewState } from "@/lib/counsellor/use-view-state";
import { attemptWords } from "@/lib/counsellor/attempt-words";
import { CompareBar, useCompareSelection } from "./compare-selection";
import { ExportButton } from "./export-button";
import { ResultFiltersPanel, activeFilterCount, controlBase, smallButton, type CohortOption } from "./result-filters";
import { ResultsCards } from "./results-cards";
import { ResultsPagination } from "./results-pagination";
import { resultsText } from "./results-parts";
import { LoadError, NoCohorts, NoMatches, NoResultsYet } from "./results-states";
import { ResultsTable } from "./results-table";

export type ResultsDashboardProps = {
  /** The view the server loaded `initialData` for, as a query string. */
  initialSearch: string;
  initialData: ResultPage;
  cohorts: CohortOption[];
  /** Results shared with any of the counsellor's cohorts, whatever the filters. */
  sharedCount: number;
};

const sortNames: Record<SortKey, { title: string; label: string; desc: string; asc: string }> = {
  date: { title: "Date", label: "date", desc: "newest first", asc: "oldest first" },
  overall: { title: "Overall", label: "overall score", desc: "highest first", asc: "lowest first" },
  education: { title: "Education", label: "education", desc: "highest first", asc: "lowest first" },
  skills: { title: "Skills", label: "skills", desc: "highest first", asc: "lowest first" },
  temperament: { title: "Temperament", label: "temperament", desc: "highest first", asc: "lowest first" },
  name: { title: "Name", label: "name", desc: "Z to A", asc: "A to Z" },
};

/** "Newest first", "Overall: highest first", "Name: A to Z": the phone's Sort by choices. */
function sortOption(sort: SortKey, dir: "asc" | "desc"): string {
  const order = sortNames[sort][dir];
  return sort === "date" ? order.charAt(0).toUpperCase() + order.slice(1) : `${sortNames[sort].title}: ${order}`;
}

/** Names sort A to Z first; dates and scores highest first. */
const firstDirection = (sort: SortKey): "asc" | "desc" => (sort === "name" ? "asc" : "desc");

function countLine(page: ResultPage): string {
  if (page.total === 0) return "No results to show";
  const first = (page.page - 1) * page.pageSize + 1;
  const last = first + page.rows.length - 1;
  if (page.rows.length === 0) return `${resultsText(page.total, page.totalAtLeast)} in all; this page is past the end`;
  return `Showing ${first.toLocaleString("en-IN")}–${last.toLocaleString("en-IN")} of ${resultsText(page.total, page.totalAtLeast)}`;
}

/**
 * The counsellor's results: filters, sort and page in the URL, one page at a time from the
 * server. The first page arrives with the HTML; later pages keep the current rows on screen,
 * dimmed and marked busy, until the next ones are in.
 */
export function ResultsDashboard({ initialSearch, initialData, cohorts, sharedCount }: ResultsDashboardProps) {
  const { view, filters, search, setView, setFilters } = useViewState();
  const sortId = useId();
  const listTop = useRef<HTMLHeadingElement>(null);
  const compare = useCompareSelection();

  // The server's first page belongs to the first view only; once the view changes it is never
  // offered again, so a later return to that view cannot show it as if it were fresh.
  const [seedSearch, setSeedSearch] = useState<string | null>(initialSearch);
  if (seedSearch !== null && search !== seedSearch) setSeedSearch(null);
  const results = useResults(view, seedSearch === search ? initialData : undefined);
  const data = results.data;
  const busy = results.isPlaceholderData || (results.isFetching && !data);
  const filtered = activeFilterCount(filters) > 0;

  if (cohorts.length === 0) return <NoCohorts />;
  // Nothing shared yet: filters would only get in the way of the next step.
  if (sharedCount === 0 && data?.total === 0) return <NoResultsYet level={2} />;

  const goToPage = (page: number) => {
    setView({ ...view, page });
    const top = listTop.current;
    if (top && top.getBoundingClientRect().top < 0) top.scrollIntoView({ block: "start" });
  };

  // A column header flips the direction of the current sort, and starts a new one the natural way round.
  const sortBy = (sort: SortKey, dir?: "asc" | "desc") =>
    setView({
      ...view,
      sort,
      dir: dir ?? (view.sort === sort ? (view.dir === "asc" ? "desc" : "asc") : firstDirection(sort)),
      page: 1,
    });

  const sortDescription = `sorted by ${sortNames[view.sort].label}, ${sortNames[view.sort][view.dir]}`;

  let body: ReactNode;
  if (!data) {
    body = results.error ? (
      <LoadError error={results.error} returnTo={`/counsellor${search}`} onRetry={() => void results.refetch()} />
    ) : (
      <p className="rounded-2xl border border-slate-200 bg-white p-6 text-slate-700">Loading results…</p>
    );
  } else if (data.total === 0 && (!filtered || sharedCount === 0)) {
    body = <NoResultsYet />;
  } else if (data.total === 0) {
    body = (
      <NoMatches
        onClear={() => {
          setFilters({});
          listTop.current?.focus();
        }}
      />
    );
  } else if (data.rows.length === 0) {
    // A bookmarked page beyond the end (results withdrawn since): offer the last real page.
    body = (
      <div className="rounded-2xl border border-slate-200 bg-white p-6">
        <p className="text-slate-800">This page is past the last one: there are {resultsText(data.total, data.totalAtLeast)} now.</p>
        <button type="button" className={`${smallButton} mt-4`} onClick={() => goToPage(data.pageCount)}>
          Go to page {data.pageCount}
        </button>
      </div>
    );
  } else {
    const caption = `${countLine(data)}, ${attemptWords.counting[view.attempts ?? "latest"]}, ${sortDescription}.`;
    body = (
      <>
        <div className="xl:hidden">
          <ResultsCards rows={data.rows} label={caption} compare={compare} />
        </div>
        <div
          role="region"
          aria-label="Results table"
          tabIndex={0}
          className="hidden overflow-x-auto rounded-2xl border border-slate-200 bg-white xl:block"
        >
          <ResultsTable rows={data.rows} caption={caption} sort={view.sort} dir={view.dir} onSort={(sort) => sortBy(sort)} compare={compare} />
        </div>
        <div className="mt-6">
          <ResultsPagination
            page={data.page}
            pageCount={data.pageCount}
            pageCountAtLeast={data.totalAtLeast}
            pageSize={view.pageSize}
            onPage={goToPage}
            onPageSize={(pageSize) => setView({ ...view, pageSize, page: 1 })}
          />
        </div>
      </>
    );
  }

  return (
    <div className="space-y-6">
      <ResultFiltersPanel filters={filters} cohorts={cohorts} onChange={setFilters} />

      <div className="flex flex-col gap-4 border-b border-slate-200 pb-5 md:flex-row md:items-end md:justify-between">
        <div className="min-w-0">
          <h2 ref={listTop} tabIndex={-1} className="text-xl font-bold tracking-tight text-slate-900">
            Results
          </h2>
          <p role="status" className="mt-1 text-slate-700">
            {data ? countLine(data) : results.error ? "The results could not be loaded." : "Loading results…"}
            {data && data.total > 0 ? <span className="text-slate-600">, {attemptWords.counting[view.attempts ?? "latest"]}</span> : null}
            {busy && data ? <span className="ml-2 text-sm text-slate-600">(updating…)</span> : null}
          </p>
        </div>
        {data && data.total > 0 ? (
          <div className="flex flex-col gap-4 md:flex-row md:items-end">
            <div className="sm:max-w-xs md:w-64 xl:hidden">
              <label htmlFor={sortId} className="block text-sm font-semibold text-slate-900">
                Sort by
              </label>
              <select
                id={sortId}
                className={`mt-1.5 w-full ${controlBase}`}
                value={`${view.sort}:${view.dir}`}
                onChange={(event) => {
                  const [sort, dir] = event.currentTarget.value.split(":") as [SortKey, "asc" | "desc"];
                  sortBy(sort, dir);
                }}
              >
                {SORT_KEYS.flatMap((key) =>
                  (key === "name" ? (["asc", "desc"] as const) : (["desc", "asc"] as const)).map((dir) => (
                    <option key={`${key}:${dir}`} value={`${key}:${dir}`}>
                      {sortOption(key, dir)}
                    </option>
                  )),
                )}
              </select>
            </div>
            {/* Above the table on wide screens; on phones and tablets the cards come first and these follow them. */}
            <ViewActions view={view} total={data.total} totalAtLeast={data.totalAtLeast} filtered={filtered} className="hidden xl:flex" />
          </div>
        ) : null}
      </div>

      <div aria-busy={busy} className={`transition-opacity ${busy && data ? "opacity-60" : ""}`}>
        {body}
      </div>

      {data && data.total > 0 ? <CompareBar selection={compare} /> : null}

      {data && data.total > 0 ? (
        <ViewActions
          view={view}
          total={data.total}
          totalAtLeast={data.totalAtLeast}
          filtered={filtered}
          className="flex border-t border-slate-200 pt-6 xl:hidden"
        />
      ) : null}
    </div>
  );
}

/** What can be done with the whole view: its analytics and its CSV. */
function ViewActions({
  view,
  total,
  totalAtLeast,
  filtered,
  className,
}: {
  view: ResultView;
  total: number;
  totalAtLeast: boolean;
  filtered: boolean;
  className: string;
}) {
  return (
    <div className={`flex-col gap-3 md:flex-row md:items-start md:gap-5 ${className}`}>
      <Link
        href={`/counsellor/analytics${viewToSearch(filtersOf(view))}`}
        className="inline-flex min-h-11 items-center gap-1.5 self-start font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
      >
        <Icon name="target" className="size-5 shrink-0" />
        {filtered ? "Analytics for these results" : "Analytics for all results"}
      </Link>
      <ExportButton view={view} total={total} totalAtLeast={totalAtLeast} filtered={filtered} />
    </div>
  );
}
