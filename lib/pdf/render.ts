import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "./fonts";
import { buildReportPdfModel, type ReportPdfBuildOptions, type ReportPdfSource } from "./model";
import { reportDocument } from "./report-document";
import { pdfWords } from "./words";

export interface RenderedPdf {
  pdf: Buffer;
  fileName: string;
}

export type RenderedReportPdf = RenderedPdf;

/**
 * The report of one stored result as PDF bytes, with the file name to save it under. With
 * `notes` (a counsellor's download only) their notes follow the report on a page of their own.
 */
export async function renderReportPdf(source: ReportPdfSource, options: ReportPdfBuildOptions): Promise<RenderedReportPdf> {
  registerPdfFonts();
  const model = buildReportPdfModel(source, options);
  const pdf = await renderToBuffer(reportDocument(model));
  return { pdf, fileName: pdfWords.fileName(model.takenOnIso) };
}
