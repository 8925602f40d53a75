import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "./fonts";
import { buildReportPdfModel, type ReportPdfSource } from "./model";
import { reportDocument } from "./report-document";
import { pdfWords } from "./words";

export interface RenderedReportPdf {
  pdf: Buffer;
  fileName: string;
}

/** The report of one stored result as PDF bytes, with the file name to save it under. */
export async function renderReportPdf(source: ReportPdfSource, options: { details: boolean }): Promise<RenderedReportPdf> {
  registerPdfFonts();
  const model = buildReportPdfModel(source, options);
  const pdf = await renderToBuffer(reportDocument(model));
  return { pdf, fileName: pdfWords.fileName(model.takenOnIso) };
}
