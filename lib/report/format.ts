/**
 * Small, pure formatters for the report. Numbers are shown the same way everywhere: points to
 * one decimal place, weights as a percentage of the overall score, levels without trailing zeros.
 */
import type { MarketId } from "@/lib/profiles";

/** Points to one decimal place, always with the decimal ("22.0"), so columns line up. */
export function formatPoints(points: number): string {
  return (Math.round(points * 10) / 10).toFixed(1);
}

/** A 0–100 score without a needless ".0" ("88", "74.8"). */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A share of the overall score (0–1) as a percentage, to one decimal place at most ("25%", "3.5%"). */
export function formatWeight(weight: number): string {
  const percent = Math.round(weight * 1000) / 10;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/** A skill level on the 0–4 scale ("2", "2.5"). */
export function formatLevel(level: number): string {
  const rounded = Math.round(level * 100) / 100;
  return String(rounded);
}

/** "1 level", "1.5 levels". */
export function formatLevels(count: number): string {
  return `${formatLevel(count)} ${count === 1 ? "level" : "levels"}`;
}

/** "0–6 months", "36 months and beyond" for a journey phase. */
export function formatMonths(months: { min: number; max: number | null }): string {
  if (months.max === null) return `Month ${months.min} onwards`;
  if (months.min === 0) return `First ${months.max} months`;
  return `Months ${months.min}–${months.max}`;
}

/** "0–2 years", "6+ years" for a progression stage. */
export function formatYears(years: { min: number; max: number | null }): string {
  if (years.max === null) return `${formatLevel(years.min)}+ years`;
  if (years.max < 1) return `Up to ${Math.round(years.max * 12)} months`;
  return `${formatLevel(years.min)}–${formatLevel(years.max)} years`;
}

/** The person's likely time zone, from the market they chose; the date is shown as they would see it. */
const marketTimeZone: Record<MarketId, string> = {
  india: "Asia/Kolkata",
  usa: "America/New_York",
  uk: "Europe/London",
  canada: "America/Toronto",
  other: "UTC",
};

/**
 * Formatters by time zone, made once: building an Intl.DateTimeFormat costs far more than using
 * one, and a report page formats its date on every request.
 */
const takenDateFormats = new Map<string, Intl.DateTimeFormat>();
const isoDateFormats = new Map<string, Intl.DateTimeFormat>();

function formatterFor(cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions, timeZone: string) {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(timeZone, format);
  }
  return format;
}

/** "22 November 2026". */
export function formatTakenDate(date: Date | string, market: MarketId): string {
  const value = typeof date === "string" ? new Date(date) : date;
  const timeZone = marketTimeZone[market] ?? "UTC";
  return formatterFor(takenDateFormats, "en-GB", { day: "numeric", month: "long", year: "numeric" }, timeZone).format(value);
}

/** An ISO date ("2026-11-22") for a `<time dateTime>` attribute, in the same time zone. */
export function isoDate(date: Date | string, market: MarketId): string {
  const value = typeof date === "string" ? new Date(date) : date;
  const timeZone = marketTimeZone[market] ?? "UTC";
  // en-CA formats as YYYY-MM-DD.
  return formatterFor(isoDateFormats, "en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }, timeZone).format(value);
}

/** "High", "Medium-high" for an importance id. */
export function formatImportance(importance: string): string {
  return importance.charAt(0).toUpperCase() + importance.slice(1);
}

/** "A, B and C". */
export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Straight double quotes in engine text ("Strong fit") as typographic ones (“Strong fit”). */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, "\u201c$1\u201d");
}
