import { ApiError, withApi } from "@/lib/api/route";
import { counsellorViewFromRequest } from "@/lib/api/query";
import { requireCounsellorApi } from "@/lib/auth/session";
import { filtersOf } from "@/lib/counsellor/filters";
import { renderClassSummaryPdf } from "@/lib/pdf/class-render";
import { counsellorPdfWords } from "@/lib/pdf/counsellor-words";
import { pdfResponse } from "@/lib/pdf/http";
import { enforceRateLimit } from "@/lib/rate-limit";
import { CLASS_SUMMARY_MAX, loadClassSummary } from "@/lib/shares/class-summary";

/**
 * The class summary PDF for the same filters as the analytics page (`cohort=<id>`, or none for
 * all the counsellor's results): bands, skill gaps, readiness stages, who to talk to first and
 * every student. 401 without a session, 404 for a cohort that is not theirs, 422 for a bad
 * filter or more than CLASS_SUMMARY_MAX results.
 */
export const GET = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  await enforceRateLimit(request, "downloads");
  const view = await counsellorViewFromRequest(request, counsellor.id);
  const summary = await loadClassSummary(counsellor.id, filtersOf(view));
  if (summary.status === "too-many") throw new ApiError(422, counsellorPdfWords.class.tooMany(summary.total, CLASS_SUMMARY_MAX));
  return pdfResponse(await renderClassSummaryPdf(summary.source));
});
