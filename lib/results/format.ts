/** Small formatters shared by "My results" and the comparison. */

/**
 * "22 Nov 2026, 21:30" in the browser's time zone; the raw text when unreadable. English pages
 * (no `locale`, or "en") use the browser's own language; another page language its own, on a
 * 24-hour clock ("hi": "5 मार्च 2026, 15:30", never the Latin "am"/"pm" Hindi's 12-hour clock has).
 */
export function formatResultDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (!locale || locale === "en") return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
  const language = locale === "hi" ? "hi-IN" : locale;
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" }).format(date);
}

/** The compare page's address for two results, the earlier one first. */
export function compareHref(a: string, b: string): string {
  return `/results/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
