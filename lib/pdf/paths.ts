/** Where a report's PDF is downloaded from (docs/api.md); safe to import in the browser. */
export const reportPdfPath = (id: string) => `/api/v1/assessments/${encodeURIComponent(id)}/pdf`;

/** A shared result's PDF, for the counsellor it is shared with. */
export const counsellorReportPdfPath = (shareId: string) => `/api/v1/counsellor/results/${encodeURIComponent(shareId)}/pdf`;

/**
 * The report's address with its options: the full receipt, (a counsellor's only) their notes, and
 * the page's language. English is the API's default, so an English address stays as it was.
 */
export function withPdfOptions(
  path: string,
  { details = false, notes = false, locale }: { details?: boolean; notes?: boolean; locale?: string },
): string {
  const params = new URLSearchParams();
  if (details) params.set("details", "1");
  if (notes) params.set("notes", "1");
  if (locale && locale !== "en") params.set("locale", locale);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** A class summary covers at most this many results (a class, not a whole history): choose a cohort or filter. */
export const CLASS_SUMMARY_MAX = 500;

/**
 * A counsellor's class summary PDF for the same filters as the analytics page ("?cohort=…" or ""),
 * in the page's language when it is not English.
 */
export function classSummaryPdfPath(search: string, locale?: string): string {
  const path = `/api/v1/counsellor/analytics/pdf${search}`;
  if (!locale || locale === "en") return path;
  return `${path}${search.length > 1 ? "&" : search ? "" : "?"}locale=${encodeURIComponent(locale)}`;
}
