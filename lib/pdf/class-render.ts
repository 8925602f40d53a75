import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { ClassSummarySource } from "@/lib/shares/class-summary";
import { classSummaryDocument } from "./class-document";
import { buildClassSummaryModel } from "./class-model";
import { preparePdfFonts } from "./fonts";
import type { RenderedPdf } from "./render";

/** The file a class summary is saved under, in every language (plain ASCII, for the header). */
export const classSummaryFileName = (isoDate: string) => `coder-fit-class-summary-${isoDate}.pdf`;

/** A class summary as PDF bytes, with the file name to save it under; with `locale`, in that language. */
export async function renderClassSummaryPdf(source: ClassSummarySource, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<RenderedPdf> {
  await preparePdfFonts(locale);
  const model = buildClassSummaryModel(source, now, locale);
  const pdf = await renderToBuffer(classSummaryDocument(model));
  return { pdf, fileName: classSummaryFileName(model.isoDate) };
}
