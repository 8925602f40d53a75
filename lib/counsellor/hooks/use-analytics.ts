"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { counsellorApi, type CohortAnalytics } from "../api-client";
import type { ResultFilters } from "../filters";
import { counsellorKeys } from "../query-keys";

export function useAnalytics(filters: ResultFilters, initialData?: CohortAnalytics) {
  return useQuery({
    queryKey: counsellorKeys.analytics(filters),
    queryFn: () => counsellorApi.analytics(filters),
    placeholderData: keepPreviousData,
    initialData,
  });
}
