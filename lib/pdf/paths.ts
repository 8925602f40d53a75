/** Where a report's PDF is downloaded from (docs/api.md); safe to import in the browser. */
export const reportPdfPath = (id: string) => `/api/v1/assessments/${encodeURIComponent(id)}/pdf`;

/** A shared result's PDF, for the counsellor it is shared with. */
export const counsellorReportPdfPath = (shareId: string) => `/api/v1/counsellor/results/${encodeURIComponent(shareId)}/pdf`;

/** The report's address with its options: the full receipt, and (a counsellor's only) their notes. */
export function withPdfOptions(path: string, { details = false, notes = false }: { details?: boolean; notes?: boolean }): string {
  const params = new URLSearchParams();
  if (details) params.set("details", "1");
  if (notes) params.set("notes", "1");
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** A class summary covers at most this many results (a class, not a whole history): choose a cohort or filter. */
export const CLASS_SUMMARY_MAX = 500;

/** A counsellor's class summary PDF for the same filters as the analytics page ("?cohort=…" or ""). */
export const classSummaryPdfPath = (search: string) => `/api/v1/counsellor/analytics/pdf${search}`;
