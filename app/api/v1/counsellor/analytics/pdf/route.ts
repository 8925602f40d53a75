import { ApiError, withApi } from "@/lib/api/route";
import { counsellorViewFromRequest } from "@/lib/api/query";
import { requireCounsellorApi } from "@/lib/auth/session";
import { filtersOf } from "@/lib/counsellor/filters";
import { pageWords } from "@/lib/i18n/page-words";
import { renderClassSummaryPdf } from "@/lib/pdf/class-render";
import { pdfResponse, readPdfLocale } from "@/lib/pdf/http";
import { enforceRateLimit } from "@/lib/rate-limit";
import { CLASS_SUMMARY_MAX, loadClassSummary } from "@/lib/shares/class-summary";

/**
 * The class summary PDF for the same filters as the analytics page (`cohort=<id>`, or none for
 * all the counsellor's results): bands, skill gaps, readiness stages, who to talk to first and
 * every student; `?locale=hi` words it in Hindi. 401 without a session, 404 for a cohort that is
 * not theirs, 422 for a bad filter or language, or more than CLASS_SUMMARY_MAX results.
 */
export const GET = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  await enforceRateLimit(request, "downloads");
  const locale = readPdfLocale(request);
  const view = await counsellorViewFromRequest(request, counsellor.id);
  const summary = await loadClassSummary(counsellor.id, filtersOf(view));
  if (summary.status === "too-many") {
    const t = pageWords(locale, "pdf");
    throw new ApiError(422, t("class.tooMany", { max: CLASS_SUMMARY_MAX.toLocaleString("en-IN"), count: summary.total.toLocaleString("en-IN") }));
  }
  return pdfResponse(await renderClassSummaryPdf(summary.source, new Date(), locale));
});
