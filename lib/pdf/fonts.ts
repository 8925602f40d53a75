import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import { fixDevanagariShaping, type ShapingFont } from "./devanagari-shaping";

/**
 * Geist, the site's own typeface, from the `geist` package already in node_modules: nothing is
 * fetched at render time. Helvetica (PDF's built-in font) has no ₹ sign; Geist has it.
 * Read from the working directory rather than resolved through the bundler, so the server bundle
 * keeps a plain file path (`next start` and the tests both run from the project root).
 */
export const PDF_FONT = "Geist";

/**
 * Noto Sans Devanagari, for Hindi documents only: the @fontsource package's Devanagari subset
 * (the faces the Hindi pages use, lib/i18n/fonts.ts, as WOFF, which React-PDF reads) in the
 * three weights the documents use. A Hindi document lists it first and Geist after it, so
 * Devanagari letters, conjuncts and matras are shaped by Noto, and Latin letters, digits and the
 * £ sign stay in Geist. Read from the working directory, as Geist is.
 */
export const DEVANAGARI_FONT = "Noto Sans Devanagari";

const FONT_DIR = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
const DEVANAGARI_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-devanagari", "files");
const DEVANAGARI_WEIGHTS = [400, 600, 700] as const;

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: path.join(FONT_DIR, "Geist-Regular.ttf"), fontWeight: 400 },
      { src: path.join(FONT_DIR, "Geist-SemiBold.ttf"), fontWeight: 600 },
      { src: path.join(FONT_DIR, "Geist-Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Registering reads nothing: a font file is loaded the first time a document uses it.
  Font.register({
    family: DEVANAGARI_FONT,
    fonts: DEVANAGARI_WEIGHTS.map((fontWeight) => ({
      src: path.join(DEVANAGARI_DIR, `noto-sans-devanagari-devanagari-${fontWeight}-normal.woff`),
      fontWeight,
    })),
  });
  // Whole words only: React-PDF's default English hyphenation splits names such as "Cer-tified".
  Font.registerHyphenationCallback((word) => [word]);
}

/** Whether a document in `locale` is written in Devanagari (Hindi). */
export const inDevanagari = (locale: Locale) => locale === "hi";

let devanagariReady: Promise<void> | null = null;

/**
 * Registers the fonts and gets a document's faces ready: in Hindi, loads the Devanagari faces
 * once and fixes how their glyphs are counted (./devanagari-shaping) before any text is laid out.
 */
export async function preparePdfFonts(locale: Locale): Promise<void> {
  registerPdfFonts();
  if (!inDevanagari(locale)) return;
  devanagariReady ??= Promise.all(
    DEVANAGARI_WEIGHTS.map(async (fontWeight) => {
      const source = Font.getFont({ fontFamily: DEVANAGARI_FONT, fontWeight });
      await source.load();
      if (source.data) fixDevanagariShaping(source.data as unknown as ShapingFont);
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // A face that failed to load is tried again by the next Hindi document.
      devanagariReady = null;
      throw error;
    },
  );
  await devanagariReady;
}

/** The font list of a document in `locale`: Geist alone in English, Devanagari first in Hindi. */
export function pdfFontFamily(locale: Locale): string | string[] {
  return inDevanagari(locale) ? [DEVANAGARI_FONT, PDF_FONT] : PDF_FONT;
}
