import "server-only";
import { ZodError } from "zod";
import { ApiError } from "@/lib/api/route";
import { requestedLocale, type Locale } from "@/lib/i18n/locales";
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

const BAD_ADDRESS = "The download address is not valid.";

/**
 * The document's language from `?locale=` (requestedLocale: absent means English, "hi" or "hi-IN"
 * is Hindi), or the downloads' 422 naming `locale` and the languages there are.
 */
export function readPdfLocale(request: Request): Locale {
  try {
    return requestedLocale(request);
  } catch (error) {
    if (error instanceof ZodError) throw new ApiError(422, BAD_ADDRESS, toAnswerIssues(error));
    throw error;
  }
}

/** The download's options from its query string (`details`, `locale`), or a 422 naming the bad parameter. */
export function readPdfOptions(request: Request): ReportPdfOptions & { locale: Locale } {
  const parsed = reportPdfQuerySchema.safeParse(queryOf(request, ["details"]));
  if (!parsed.success) throw new ApiError(422, BAD_ADDRESS, toAnswerIssues(parsed.error));
  return { ...parsed.data, locale: readPdfLocale(request) };
}

/** A counsellor's download of a shared result: the student's options, `notes` and `locale`, or a 422. */
export function readCounsellorPdfOptions(request: Request): CounsellorReportPdfOptions & { locale: Locale } {
  const parsed = counsellorReportPdfQuerySchema.safeParse(queryOf(request, ["details", "notes"]));
  if (!parsed.success) throw new ApiError(422, BAD_ADDRESS, toAnswerIssues(parsed.error));
  return { ...parsed.data, locale: readPdfLocale(request) };
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
