/**
 * Reads a PDF the way a person's viewer would: page count and the selectable text of each page,
 * through pdf.js (pdfjs-dist's legacy build runs on Node 20). Shared by the unit and browser tests.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pageCount: number;
  /** Each page's text, runs joined by spaces, whitespace collapsed. */
  pages: string[];
  /** All pages' text in one string. */
  text: string;
  /** Each text run with its page (1-based) and baseline height from the page's bottom, in points. */
  runs: { page: number; text: string; y: number }[];
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    const runs: PdfText["runs"] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const texts = content.items.map((item) => ("str" in item ? item.str : ""));
      for (const item of content.items) if ("str" in item && item.str.trim()) runs.push({ page: number, text: item.str, y: item.transform[5] as number });
      pages.push(texts.join(" ").replace(/\s+/g, " ").trim());
    }
    return { pageCount: document.numPages, pages, text: pages.join(" "), runs };
  } finally {
    await document.destroy();
  }
}
