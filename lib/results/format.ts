/** Small formatters shared by "My results" and the comparison. */

/** "22 Nov 2026, 21:30" in the browser's own language and time zone; the raw text when unreadable. */
export function formatResultDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** The compare page's address for two results, the earlier one first. */
export function compareHref(a: string, b: string): string {
  return `/results/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
