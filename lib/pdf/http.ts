import "server-only";
import { ApiError } from "@/lib/api/route";
import { toAnswerIssues } from "@/lib/scoring";
import { reportPdfQuerySchema, type ReportPdfOptions } from "@/lib/validations/pdf";
import type { RenderedReportPdf } from "./render";

/** The download's options from its query string, or a 422 naming the bad parameter. */
export function readPdfOptions(request: Request): ReportPdfOptions {
  const params = new URL(request.url).searchParams;
  const details = params.getAll("details");
  // A repeated parameter is refused rather than guessed at.
  const parsed = reportPdfQuerySchema.safeParse({ details: details.length > 1 ? details : details[0] });
  if (!parsed.success) throw new ApiError(422, "The download address is not valid.", toAnswerIssues(parsed.error));
  return parsed.data;
}

/**
 * The PDF as a download. `private, no-store`: a report is personal, so no shared cache (or the
 * browser's) keeps a copy; the file the person saves is theirs.
 */
export function pdfResponse({ pdf, fileName }: RenderedReportPdf): Response {
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
