import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import type { ClassSummarySource } from "@/lib/shares/class-summary";
import { classSummaryDocument } from "./class-document";
import { buildClassSummaryModel } from "./class-model";
import { counsellorPdfWords } from "./counsellor-words";
import { registerPdfFonts } from "./fonts";
import type { RenderedPdf } from "./render";

/** A class summary as PDF bytes, with the file name to save it under. */
export async function renderClassSummaryPdf(source: ClassSummarySource, now: Date = new Date()): Promise<RenderedPdf> {
  registerPdfFonts();
  const model = buildClassSummaryModel(source, now);
  const pdf = await renderToBuffer(classSummaryDocument(model));
  return { pdf, fileName: counsellorPdfWords.class.fileName(model.isoDate) };
}
