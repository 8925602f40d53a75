"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { counsellorApi, type ResultPage } from "../api-client";
import type { ResultView } from "../filters";
import { counsellorKeys } from "../query-keys";

/** One page of results for a view; the previous page stays on screen while the next loads. */
export function useResults(view: ResultView, initialData?: ResultPage) {
  return useQuery({
    queryKey: counsellorKeys.resultList(view),
    queryFn: () => counsellorApi.results(view),
    placeholderData: keepPreviousData,
    initialData,
  });
}
