"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { ResultPage } from "@/lib/counsellor/api-client";
import { SORT_KEYS, filtersOf, viewToSearch, type ResultView, type SortKey } from "@/lib/counsellor/filters";
import { useResults } from "@/lib/counsellor/hooks/use-results";
import { useViewState } from "@/lib/counsellor/use-view-state";
import type { PageWords } from "@/lib/i18n/page-words";
import { CompareBar, useCompareSelection } from "./compare-selection";
import { ExportButton } from "./export-button";
import { ResultFiltersPanel, activeFilterCount, controlBase, smallButton, type CohortOption } from "./result-filters";
import { ResultsCards } from "./results-cards";
import { ResultsPagination } from "./results-pagination";
import { resultsText, type PartsWords } from "./results-parts";
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

type ListWords = PageWords<"counsellor.list">;

/** "Newest first", "Overall: highest first", "Name: A to Z": the phone's Sort by choices. */
function sortOption(sort: SortKey, dir: "asc" | "desc", t: ListWords): string {
  if (sort === "date") return t(dir === "desc" ? "sort.date.descOption" : "sort.date.ascOption");
  return t("sortOption", { column: t(`sort.${sort}.title`), order: t(`sort.${sort}.${dir}`) });
}

/** Names sort A to Z first; dates and scores highest first. */
const firstDirection = (sort: SortKey): "asc" | "desc" => (sort === "name" ? "asc" : "desc");

function countLine(page: ResultPage, t: ListWords, tParts: PartsWords): string {
  if (page.total === 0) return t("none");
  const first = (page.page - 1) * page.pageSize + 1;
  const last = first + page.rows.length - 1;
  const results = resultsText(page.total, tParts, page.totalAtLeast);
  if (page.rows.length === 0) return t("pastEnd", { results });
  return t("showing", { first: first.toLocaleString("en-IN"), last: last.toLocaleString("en-IN"), results });
}

/**
 * The counsellor's results: filters, sort and page in the URL, one page at a time from the
 * server. The first page arrives with the HTML; later pages keep the current rows on screen,
 * dimmed and marked busy, until the next ones are in.
 */
export function ResultsDashboard({ initialSearch, initialData, cohorts, sharedCount }: ResultsDashboardProps) {
  const t = useTranslations("counsellor.list");
  const tParts = useTranslations("counsellor.parts");
  const tCounting = useTranslations("counsellor.attempts.counting");
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

  const sortDescription = t("sortedBy", { column: t(`sort.${view.sort}.label`), order: t(`sort.${view.sort}.${view.dir}`) });
  const counting = tCounting(view.attempts ?? "latest");

  let body: ReactNode;
  if (!data) {
    body = results.error ? (
      <LoadError error={results.error} returnTo={`/counsellor${search}`} onRetry={() => void results.refetch()} />
    ) : (
      <p className="rounded-2xl border border-slate-200 bg-white p-6 text-slate-700">{t("loading")}</p>
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
        <p className="text-slate-800">{t("pastLast", { results: resultsText(data.total, tParts, data.totalAtLeast) })}</p>
        <button type="button" className={`${smallButton} mt-4`} onClick={() => goToPage(data.pageCount)}>
          {t("goToPage", { page: String(data.pageCount) })}
        </button>
      </div>
    );
  } else {
    const caption = t("caption", { count: countLine(data, t, tParts), counting, sort: sortDescription });
    body = (
      <>
        <div className="xl:hidden">
          <ResultsCards rows={data.rows} label={caption} compare={compare} />
        </div>
        <div
          role="region"
          aria-label={t("tableLabel")}
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
            {t("heading")}
          </h2>
          <p role="status" className="mt-1 text-slate-700">
            {data ? countLine(data, t, tParts) : results.error ? t("loadFailed") : t("loading")}
            {data && data.total > 0 ? <span className="text-slate-600">, {counting}</span> : null}
            {busy && data ? <span className="ml-2 text-sm text-slate-600">{t("updating")}</span> : null}
          </p>
        </div>
        {data && data.total > 0 ? (
          <div className="flex flex-col gap-4 md:flex-row md:items-end">
            <div className="sm:max-w-xs md:w-64 xl:hidden">
              <label htmlFor={sortId} className="block text-sm font-semibold text-slate-900">
                {t("sortBy")}
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
                      {sortOption(key, dir, t)}
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
  const t = useTranslations("counsellor.list");
  return (
    <div className={`flex-col gap-3 md:flex-row md:items-start md:gap-5 ${className}`}>
      <Link
        href={`/counsellor/analytics${viewToSearch(filtersOf(view))}`}
        className="inline-flex min-h-11 items-center gap-1.5 self-start font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
      >
        <Icon name="target" className="size-5 shrink-0" />
        {filtered ? t("analyticsFiltered") : t("analyticsAll")}
      </Link>
      <ExportButton view={view} total={total} totalAtLeast={totalAtLeast} filtered={filtered} />
    </div>
  );
}
