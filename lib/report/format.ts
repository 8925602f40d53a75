/**
 * Small, pure formatters for the report. Numbers are shown the same way everywhere: points to
 * one decimal place, weights as a percentage of the overall score, levels without trailing zeros.
 * Those that word something take the report's translator last (`useTranslations("report")`,
 * `pageWords(locale, "report")`); left out, they word it in English. Dates take the locale.
 */
import type { MarketId } from "@/lib/profiles";
import { englishReportWords, type ReportWords } from "./words";

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
export function formatLevels(count: number, t: ReportWords = englishReportWords): string {
  return t("format.levels", { count, level: formatLevel(count) });
}

/** "First 6 months", "Months 12–24", "Month 36 onwards" for a journey phase. */
export function formatMonths(months: { min: number; max: number | null }, t: ReportWords = englishReportWords): string {
  if (months.max === null) return t("format.monthsOnwards", { min: String(months.min) });
  if (months.min === 0) return t("format.monthsFirst", { max: String(months.max) });
  return t("format.monthsRange", { min: String(months.min), max: String(months.max) });
}

/** "0–2 years", "6+ years" for a progression stage. */
export function formatYears(years: { min: number; max: number | null }, t: ReportWords = englishReportWords): string {
  if (years.max === null) return t("format.yearsOpen", { min: formatLevel(years.min) });
  if (years.max < 1) return t("format.yearsUpToMonths", { months: String(Math.round(years.max * 12)) });
  return t("format.yearsRange", { min: formatLevel(years.min), max: formatLevel(years.max) });
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
  const key = `${locale} ${timeZone}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}

/** The tag a page language's dates are written in: day-first British English, Hindi as India writes it. */
const dateLocales: Record<string, string> = { en: "en-GB", hi: "hi-IN" };

/** "22 November 2026" ("22 नवंबर 2026" in Hindi): `locale` is the page's language, English when left out. */
export function formatTakenDate(date: Date | string, market: MarketId, locale = "en"): string {
  const value = typeof date === "string" ? new Date(date) : date;
  const timeZone = marketTimeZone[market] ?? "UTC";
  return formatterFor(takenDateFormats, dateLocales[locale] ?? locale, { day: "numeric", month: "long", year: "numeric" }, timeZone).format(value);
}

/** An ISO date ("2026-11-22") for a `<time dateTime>` attribute, in the same time zone. */
export function isoDate(date: Date | string, market: MarketId): string {
  const value = typeof date === "string" ? new Date(date) : date;
  const timeZone = marketTimeZone[market] ?? "UTC";
  // en-CA formats as YYYY-MM-DD.
  return formatterFor(isoDateFormats, "en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }, timeZone).format(value);
}

const importanceKeys = { high: "high", "medium-high": "mediumHigh", medium: "medium", low: "low" } as const;

/** "High", "Medium-high" for an importance id. */
export function formatImportance(importance: string, t: ReportWords = englishReportWords): string {
  const key = importanceKeys[importance as keyof typeof importanceKeys];
  return key ? t(`format.importance.${key}`) : importance.charAt(0).toUpperCase() + importance.slice(1);
}

/** "A, B and C". */
export function joinWords(words: string[], t: ReportWords = englishReportWords): string {
  if (words.length <= 1) return words.join("");
  return t("format.join", { rest: words.slice(0, -1).join(", "), last: words.at(-1)! });
}

/** Straight double quotes in engine text ("Strong fit") as typographic ones (“Strong fit”). */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, "\u201c$1\u201d");
}
