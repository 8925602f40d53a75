import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * Geist, the site's own typeface, from the `geist` package already in node_modules: nothing is
 * fetched at render time. Helvetica (PDF's built-in font) has no ₹ sign; Geist has it.
 * Read from the working directory rather than resolved through the bundler, so the server bundle
 * keeps a plain file path (`next start` and the tests both run from the project root).
 */
export const PDF_FONT = "Geist";

const FONT_DIR = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");

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
  // Whole words only: React-PDF's default English hyphenation splits names such as "Cer-tified".
  Font.registerHyphenationCallback((word) => [word]);
}
