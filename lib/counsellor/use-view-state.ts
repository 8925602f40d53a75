"use client";

// eslint-disable-next-line no-restricted-imports -- the address as the browser has it, language included: history.replaceState writes it back as it is.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { filtersOf, readResultView, viewToSearch, type ResultFilters, type ResultView } from "./filters";

export interface ViewState {
  /** The view the address bar describes, bad values dropped (see readResultView). */
  view: ResultView;
  filters: ResultFilters;
  /** The view as a query string ("" or "?band=strong…"), defaults left out. */
  search: string;
  setView: (next: ResultView) => void;
  /**
   * New filters always start again on page 1; sort, page size and the attempts switch are kept
   * unless `filters` names `attempts` itself (Clear filters leaves the switch alone).
   */
  setFilters: (filters: ResultFilters) => void;
}

/**
 * The dashboard's view lives in the URL, so a bookmark or a shared link reproduces it and the
 * back button returns to it. It is written with history.replaceState, which Next.js folds into
 * its router (useSearchParams follows it) without asking the server to render the page again:
 * the data comes from TanStack Query, and one keystroke in the search box is not a history entry.
 */
export function useViewState(): ViewState {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const raw = searchParams.toString();
  const view = useMemo(() => readResultView(new URLSearchParams(raw)), [raw]);
  const filters = useMemo(() => filtersOf(view), [view]);

  const setView = useCallback(
    (next: ResultView) => {
      const search = viewToSearch(next);
      if (search === viewToSearch(view)) return;
      window.history.replaceState(null, "", `${pathname}${search}`);
    },
    [pathname, view],
  );

  const setFilters = useCallback(
    (nextFilters: ResultFilters) =>
      setView({ attempts: view.attempts, ...nextFilters, sort: view.sort, dir: view.dir, page: 1, pageSize: view.pageSize }),
    [setView, view.attempts, view.sort, view.dir, view.pageSize],
  );

  return { view, filters, search: viewToSearch(view), setView, setFilters };
}
