/**
 * Dates and times on counsellor pages, the same text on the server and in every browser. Intl
 * alone is not enough: Node's ICU writes 12:15 am in en-GB with `hour12` as "0:15 am" and
 * Chromium's as "12:15 am", and newer ICU spells September "Sept", so a page rendered on the
 * server would not hydrate. Intl only works out the numbers in the time zone; the words are ours.
 */
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Made once per time zone: building an Intl.DateTimeFormat costs far more than using one. */
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function numbersIn(date: Date, timeZone: string) {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
      timeZone,
    });
    partsFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: (parts.hour ?? 0) % 24, minute: parts.minute ?? 0 };
}

/** "7 Dec 2026, 12:15 am" or, as a day, "7 December 2026", in the given time zone. */
export function formatWhen(iso: string, timeZone: string, withTime: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { year, month, day, hour, minute } = numbersIn(date, timeZone);
  if (!withTime) return `${day} ${MONTHS_LONG[month - 1]} ${year}`;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${day} ${MONTHS_SHORT[month - 1]} ${year}, ${hour12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "am" : "pm"}`;
}
