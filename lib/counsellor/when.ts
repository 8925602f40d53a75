/**
 * Dates and times on counsellor pages, the same text on the server and in every browser. Intl
 * alone is not enough: Node's ICU writes 12:15 am in en-GB with `hour12` as "0:15 am" and
 * Chromium's as "12:15 am", and newer ICU spells September "Sept", so a page rendered on the
 * server would not hydrate. Intl only works out the numbers in the time zone; the words are the
 * page's messages (`counsellor.when`: month names and how a day and a time are written).
 */
import type { PageWords } from "@/lib/i18n/page-words";

export type WhenWords = PageWords<"counsellor.when">;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

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

/** The part of the day an hour falls in, for languages that say the time that way ("सुबह 9:30"). */
function partOfDay(hour: number): "morning" | "afternoon" | "evening" | "night" {
  if (hour >= 4 && hour < 12) return "morning";
  if (hour >= 12 && hour < 16) return "afternoon";
  if (hour >= 16 && hour < 20) return "evening";
  return "night";
}

/** "7 Dec 2026, 12:15 am" or, as a day, "7 December 2026", in the given time zone. */
export function formatWhen(iso: string, timeZone: string, withTime: boolean, t: WhenWords): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { year, month, day, hour, minute } = numbersIn(date, timeZone);
  const name = MONTHS[month - 1]!;
  // Numbers go in as text: the messages would otherwise group the year's digits ("2,026").
  if (!withTime) return t("day", { day: String(day), month: t(`long.${name}`), year: String(year) });
  return t("dayTime", {
    day: String(day),
    month: t(`short.${name}`),
    year: String(year),
    hour: String(hour % 12 === 0 ? 12 : hour % 12),
    minute: String(minute).padStart(2, "0"),
    half: hour < 12 ? "am" : "pm",
    part: partOfDay(hour),
  });
}

/** "8 Dec 2026": a day with the month's short name, in the given time zone. */
export function formatShortDay(iso: string, timeZone: string, t: WhenWords): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { year, month, day } = numbersIn(date, timeZone);
  return t("day", { day: String(day), month: t(`short.${MONTHS[month - 1]!}`), year: String(year) });
}
