import localFont from "next/font/local";

/**
 * Noto Sans Devanagari from the @fontsource package (no network at build time), regular and bold,
 * for Hindi pages only: the layout adds its class on `<html lang="hi">`, where globals.css puts it
 * after Geist, so Latin letters stay in Geist and Devanagari ones use Noto. Not preloaded: an
 * English page declares the face but never downloads it; the woff2 files are Devanagari-only
 * (the @fontsource "devanagari" subset), about 50 KB each.
 */
export const devanagari = localFont({
  src: [
    { path: "../../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-devanagari",
  display: "swap",
  preload: false,
  fallback: ["ui-sans-serif", "system-ui", "sans-serif"],
});
