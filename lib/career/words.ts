/**
 * The career profile pages' words live in the `career` messages (lib/i18n/messages/<locale>/career.json).
 * Here: the few phrases that need code around a message (a level in words, a span of months or
 * years, a salary range, a list of markets), each from a translator of the `career` namespace:
 * `useTranslations("career")` in a component, `pageWords(locale, "career")` on the server.
 */
import type { PageWords } from "@/lib/i18n/page-words";
import type { MarketId, SeedSourceId } from "@/lib/profiles";

export type CareerWords = PageWords<"career">;
type CareerKey = Parameters<CareerWords>[0];

type Range = { min: number; max: number | null };
type MoneyRange = { min: number; max: number; openEnded: boolean };

/** A data id as a message key: "daily/weekly" is "dailyWeekly", "medium-high" is "mediumHigh". */
export function messageKey(id: string): string {
  return id.replace(/[-_/]+(.)/g, (_match, next: string) => next.toUpperCase());
}

/** The message for a data id under `group` ("skills.type", "coding_system"), or the id itself when there is none. */
export function wordFor(t: CareerWords, group: string, id: string): string {
  const key = `${group}.${messageKey(id)}` as CareerKey;
  return t.has(key) ? t(key) : id;
}

/** "2", "2.5": no trailing zeros. */
function plain(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "A, B and C" ("A, B और C"). */
export function listWords(t: CareerWords, items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return t("list.and", { items: items.slice(0, -1).join(t("list.separator")), last: items.at(-1)! });
}

/** A market's name as a heading: "United States". */
export function marketWord(t: CareerWords, market: MarketId): string {
  return t(`markets.${market}`);
}

/** "In the UK": before a skill's name and use in one market. */
export function inMarket(t: CareerWords, market: MarketId): string {
  return t("skills.inMarket", { market: t(`marketInPhrase.${market}`) });
}

/** "In India, the USA and other countries:": before an activity that applies in some countries only. */
export function inMarkets(t: CareerWords, markets: readonly MarketId[]): string {
  return t("learning.inMarkets", { markets: listWords(t, markets.map((market) => t(`marketInPhrase.${market}`))) });
}

/** A level on the 0–4 scale in words, to the nearest half level: "level 2 of 4", "between level 2 and 3 of 4". */
export function levelText(t: CareerWords, level: number): string {
  const halves = Math.round(Math.min(Math.max(level, 0), 4) * 2);
  if (halves === 0) return t("skills.levelNone");
  if (halves % 2 === 0) return t("skills.level", { level: halves / 2 });
  const low = (halves - 1) / 2;
  return t("skills.levelBetween", { low, high: low + 1 });
}

/** The level the work needs, with the source's own label: "level 2 of 4 (intermediate)". */
export function levelWithLabel(t: CareerWords, level: number, label: string): string {
  return t("skills.levelWithLabel", { level: levelText(t, level), label });
}

/** "High importance", "Medium-high importance". */
export function importanceWords(t: CareerWords, importance: string): string {
  return wordFor(t, "skills.importance", importance);
}

/** A journey phase's months: "First 6 months", "Months 6–24", "Month 36 onwards". */
export function monthsWords(t: CareerWords, months: Range): string {
  if (months.max === null) return t("learning.monthsFrom", { min: months.min });
  if (months.min === 0) return t("learning.monthsFirst", { max: months.max });
  return t("learning.monthsRange", { min: months.min, max: months.max });
}

/** "0–2 years of experience", "Up to 6 months of experience", "6+ years of experience". */
export function yearsWords(t: CareerWords, years: Range): string {
  if (years.max === null) return t("progression.yearsOpen", { min: plain(years.min) });
  if (years.max < 1) return t("progression.monthsUpTo", { months: Math.round(years.max * 12) });
  return t("progression.yearsRange", { min: plain(years.min), max: plain(years.max) });
}

const plus = (range: MoneyRange) => (range.openEnded ? "+" : "");

/** "₹2.5–4 lakh a year", "₹6–9+ lakh a year". */
export function inrAnnual(t: CareerWords, lakh: MoneyRange): string {
  return t("pay.inrAnnual", { min: plain(lakh.min), max: plain(lakh.max), plus: plus(lakh) });
}

/** "₹20,000–35,000 a month" (Indian grouping of digits). */
export function inrMonthly(t: CareerWords, inr: MoneyRange): string {
  return t("pay.inrMonthly", { min: inr.min.toLocaleString("en-IN"), max: inr.max.toLocaleString("en-IN"), plus: plus(inr) });
}

/** "$30,000–40,000 a year"; an open-ended tier with one figure is "$80,000+ a year". */
export function usdAnnual(t: CareerWords, usd: MoneyRange): string {
  const figure = (value: number) => value.toLocaleString("en-US");
  if (usd.openEnded && usd.min === usd.max) return t("pay.usdAnnualFrom", { amount: figure(usd.min) });
  return t("pay.usdAnnual", { min: figure(usd.min), max: figure(usd.max), plus: plus(usd) });
}

/** "£24,937–£26,598 a year". */
export function gbpAnnual(t: CareerWords, gbp: MoneyRange): string {
  const figure = (value: number) => value.toLocaleString("en-GB");
  if (gbp.openEnded && gbp.min === gbp.max) return t("pay.gbpAnnualFrom", { amount: figure(gbp.min) });
  return t("pay.gbpAnnual", { min: figure(gbp.min), max: figure(gbp.max), plus: plus(gbp) });
}

/** A market's job titles at one stage: "Trainee: Coding trainee, Junior coder". */
export function stageRole(t: CareerWords, stage: string, roles: readonly string[]): string {
  return t("certifications.stageRole", { stage, roles: roles.join(t("list.separator")) });
}

/** How a line names the sources it quotes: "source 3 says", "sources 1 and 5 say" (the page links each number). */
export function citedAs(t: CareerWords, numbers: readonly number[]): string {
  const count = numbers.length;
  const list = count <= 1 ? numbers.join("") : `${numbers.slice(0, -1).join(t("list.separator"))} ${t("sourcesDiffer.and")} ${numbers.at(-1)}`;
  return `${t("sourcesDiffer.source", { count })} ${list} ${t("sourcesDiffer.says", { count })}`;
}

/** The description of a seed document (source 1–5) in the Sources list. */
export function seedDocument(t: CareerWords, id: SeedSourceId): { kind: string; holds: string } {
  return { kind: t(`sourceDocuments.seed${id}.kind` as CareerKey), holds: t(`sourceDocuments.seed${id}.holds` as CareerKey) };
}

/** Dates in the Sources list as the page's language writes them: "12 March 2025", "12 मार्च 2025". */
const DATE_LOCALES: Record<string, string> = { en: "en-GB", hi: "hi-IN" };

/** "Read on 12 March 2025.": when a public page was read. */
export function readOn(t: CareerWords, locale: string, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(DATE_LOCALES[locale] ?? locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return t("publicSource.read", { date });
}
