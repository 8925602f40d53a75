import "server-only";
import { ApiError } from "@/lib/api/route";
import { toAnswerIssues } from "@/lib/scoring";
import {
  counsellorReportPdfQuerySchema,
  reportPdfQuerySchema,
  type CounsellorReportPdfOptions,
  type ReportPdfOptions,
} from "@/lib/validations/pdf";
import type { RenderedPdf } from "./render";

/** The named parameters of a query string; a repeated one stays a list, so the schema refuses it. */
function queryOf(request: Request, keys: readonly string[]): Record<string, string | string[] | undefined> {
  const params = new URL(request.url).searchParams;
  return Object.fromEntries(
    keys.map((key) => {
      const values = params.getAll(key);
      // A repeated parameter is refused rather than guessed at.
      return [key, values.length > 1 ? values : values[0]];
    }),
  );
}

/** The download's options from its query string, or a 422 naming the bad parameter. */
export function readPdfOptions(request: Request): ReportPdfOptions {
  const parsed = reportPdfQuerySchema.safeParse(queryOf(request, ["details"]));
  if (!parsed.success) throw new ApiError(422, "The download address is not valid.", toAnswerIssues(parsed.error));
  return parsed.data;
}

/** A counsellor's download of a shared result: the student's options and `notes`, or a 422. */
export function readCounsellorPdfOptions(request: Request): CounsellorReportPdfOptions {
  const parsed = counsellorReportPdfQuerySchema.safeParse(queryOf(request, ["details", "notes"]));
  if (!parsed.success) throw new ApiError(422, "The download address is not valid.", toAnswerIssues(parsed.error));
  return parsed.data;
}

/**
 * The PDF as a download. `private, no-store`: a report is personal, so no shared cache (or the
 * browser's) keeps a copy; the file the person saves is theirs.
 */
export function pdfResponse({ pdf, fileName }: RenderedPdf): Response {
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
