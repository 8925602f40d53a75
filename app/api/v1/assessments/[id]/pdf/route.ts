import { notFound, withApi } from "@/lib/api/route";
import { getAssessment } from "@/lib/assessments/service";
import { pdfResponse, readPdfOptions } from "@/lib/pdf/http";
import { renderReportPdf } from "@/lib/pdf/render";
import { enforceRateLimit } from "@/lib/rate-limit";

type Context = { params: Promise<{ id: string }> };

/**
 * The report as a PDF download: the answer and plan, and with `?details=1` the full receipt as an
 * appendix; `?locale=hi` words it in Hindi (English without it; 422 for a language Coder Fit does
 * not have). Reading it needs what reading the report needs, the id; 404 for unknown ids.
 */
export const GET = withApi(async (request: Request, { params }: Context) => {
  await enforceRateLimit(request, "downloads");
  const { locale, ...options } = readPdfOptions(request);
  const assessment = await getAssessment((await params).id);
  if (!assessment) throw notFound();
  return pdfResponse(await renderReportPdf(assessment, { ...options, locale }));
});
