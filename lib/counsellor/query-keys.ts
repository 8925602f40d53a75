import type { ResultFilters, ResultView } from "./filters";

/**
 * Every TanStack Query key the counsellor pages use, from one factory, so invalidation can be
 * broad ("everything about results") or exact ("this page of this view") without typos.
 */
export const counsellorKeys = {
  all: ["counsellor"] as const,
  cohorts: () => [...counsellorKeys.all, "cohorts"] as const,
  roster: (cohortId: string) => [...counsellorKeys.cohorts(), "roster", cohortId] as const,
  results: () => [...counsellorKeys.all, "results"] as const,
  resultList: (view: ResultView) => [...counsellorKeys.results(), "list", view] as const,
  analytics: (filters: ResultFilters) => [...counsellorKeys.results(), "analytics", filters] as const,
  result: (shareId: string) => [...counsellorKeys.results(), "detail", shareId] as const,
  notes: (shareId: string) => [...counsellorKeys.result(shareId), "notes"] as const,
};
