import localFont from "next/font/local";

/**
 * Noto Sans Devanagari from the @fontsource package (no network at build time), regular and bold,
 * for Hindi pages only: the layout adds its class on `<html lang="hi">`, and globals.css puts it
 * first in the sans and monospace stacks there. It covers only Devanagari's code points (the
 * unicode-range of @fontsource's subset), so Latin letters skip it and stay Geist or monospace.
 * First rather than after Geist so that the text using it is redrawn when it arrives: Chromium
 * does not redraw text whose first font is a system font when a later web font loads, so
 * Devanagari in monospace examples laid out before the download stayed as empty boxes on machines
 * without a Devanagari system font. Not preloaded: an English page declares the face but never
 * downloads it; the woff2 files are Devanagari-only, about 50 KB each.
 */
export const devanagari = localFont({
  src: [
    { path: "../../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-devanagari",
  display: "swap",
  preload: false,
  // The stacks in globals.css go on to Geist or monospace; no fallback face of its own.
  adjustFontFallback: false,
  fallback: [],
  declarations: [{ prop: "unicode-range", value: "U+0900-097F, U+1CD0-1CF9, U+200C-200D, U+20A8, U+20B9, U+20F0, U+25CC, U+A830-A839, U+A8E0-A8FF, U+11B00-11B09" }],
});


/**
 * The language switch's names in their own script on every page ("हिन्दी" on an English page): a
 * 2.4 KB cut of the face above with only those letters, written by `npm run i18n`
 * (scripts/i18n-font.ts), so an English page need not fetch the whole face for one word. Limited
 * to Devanagari's code points like the face, and fetched only where such a name is shown.
 */
export const languageNames = localFont({
  src: [{ path: "./generated/language-names.woff2", weight: "600", style: "normal" }],
  variable: "--font-language-names",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  fallback: [],
  declarations: [{ prop: "unicode-range", value: "U+0900-097F, U+200C-200D" }],
});
