import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { preparePdfFonts } from "./fonts";
import { buildReportPdfModel, type ReportPdfBuildOptions, type ReportPdfSource } from "./model";
import { reportDocument } from "./report-document";

export interface RenderedPdf {
  pdf: Buffer;
  fileName: string;
}

export type RenderedReportPdf = RenderedPdf;

/** The file a report is saved under, in every language: "coder-fit-report-2026-11-23.pdf" (plain ASCII, for the header). */
export const reportFileName = (isoDate: string) => `coder-fit-report-${isoDate}.pdf`;

/**
 * The report of one stored result as PDF bytes, with the file name to save it under. With
 * `notes` (a counsellor's download only) their notes follow the report on a page of their own;
 * with `locale` the document is in that language.
 */
export async function renderReportPdf(source: ReportPdfSource, options: ReportPdfBuildOptions): Promise<RenderedReportPdf> {
  const model = buildReportPdfModel(source, options);
  await preparePdfFonts(model.locale);
  const pdf = await renderToBuffer(reportDocument(model));
  return { pdf, fileName: reportFileName(model.takenOnIso) };
}
