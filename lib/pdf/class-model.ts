/**
 * Everything the class summary PDF shows, from a ClassSummarySource (lib/shares/class-summary.ts).
 * Band, gap and flag figures are the analytics service's own, passed through; the rest is counted
 * here from the same rows. Band, skill, trait, stage and degree names are the profile's in the
 * summary's language, as the dashboard names them (lib/counsellor/names). Pure: no React-PDF,
 * no database.
 */
import type { ResultFilters } from "@/lib/counsellor/filters";
import { namers, profileNames } from "@/lib/counsellor/names";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { pageWords, type PageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { formatScore } from "@/lib/report/format";
import type { ClassSummarySource, ClassSummaryStudent } from "@/lib/shares/class-summary";

/** How many skill gaps the summary lists. */
export const CLASS_TOP_GAPS = 5;

export interface ClassFigure {
  id: string;
  label: string;
  count: number;
  /** count / total, 0–1. */
  share: number;
  /** "19 · 31.7%". */
  text: string;
}

export interface ClassTalkFirst {
  id: string;
  name: string;
  overall: number;
  /** "Low", "Medium" or "High": the confidence in the answers. */
  confidence: string;
  lowConfidence: boolean;
  /** The strong not-ideal flags' names, strongest first. */
  strongFlags: string[];
}

export interface ClassStudentLine {
  id: string;
  name: string;
  overall: number;
  band: string;
  background: string;
  topGap: string;
}

export interface ClassSummaryModel {
  /** The summary's language: its words, its date and its font. */
  locale: Locale;
  title: string;
  /** "6 December 2026" (UTC, as the CSV's file name). */
  date: string;
  isoDate: string;
  total: number;
  /** The filters other than the cohort, in words; empty when there are none. */
  filterParts: string[];
  average: string | null;
  bands: ClassFigure[];
  /** The most common gaps (count above 0), at most CLASS_TOP_GAPS. */
  gaps: ClassFigure[];
  /** Every readiness stage someone is at, in the profile's order. */
  stages: ClassFigure[];
  talkFirst: ClassTalkFirst[];
  students: ClassStudentLine[];
}

/** A share of results as a percentage to one decimal place at most, as the analytics page shows it. */
export function percentOf(count: number, total: number): string {
  if (total <= 0) return "0%";
  const percent = Math.round((count / total) * 1000) / 10;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

const stageOrder = medicalCoderProfile.progression.map((stage) => stage.id);

/** "12 results": the count as the English summary has always written it (en-IN grouping), in the summary's words. */
export function resultsText(t: PageWords<"pdf">, count: number): string {
  return t("class.results", { count, shown: count.toLocaleString("en-IN") });
}

/** The names the dashboard shows (lib/counsellor/names), in `locale`, and the readiness stages'. */
function namesIn(locale: Locale) {
  const profile = profileIn(medicalCoderProfile, locale);
  const stages = new Map(profile.progression.map((stage) => [stage.id, stage.stage]));
  return { ...namers(profileNames(profile, medicalCoderProfile)), stage: (id: string) => stages.get(id) ?? id };
}

type Names = ReturnType<typeof namesIn>;

/** Low confidence in the answers, or a strong not-ideal flag: who needs a conversation first. */
export function needsConversation(student: Pick<ClassSummaryStudent, "confidence" | "strongFlags">): boolean {
  return student.confidence === "low" || student.strongFlags.length > 0;
}

function describeFilters(filters: ResultFilters, t: PageWords<"pdf">, names: Names): string[] {
  const out: string[] = [];
  if (filters.band) out.push(t("class.filterParts.band", { label: names.band(filters.band) }));
  if (filters.background) out.push(t("class.filterParts.background", { name: names.background(filters.background) }));
  if (filters.flag === "any") out.push(t("class.filterParts.flagAny"));
  else if (filters.flag === "none") out.push(t("class.filterParts.flagNone"));
  else if (filters.flag) out.push(t("class.filterParts.flag", { name: names.flag(filters.flag) }));
  if (filters.from) out.push(t("class.filterParts.from", { date: filters.from }));
  if (filters.to) out.push(t("class.filterParts.to", { date: filters.to }));
  if (filters.reviewed === "yes") out.push(t("class.filterParts.reviewedYes"));
  if (filters.reviewed === "no") out.push(t("class.filterParts.reviewedNo"));
  if (filters.q) out.push(t("class.filterParts.q", { text: filters.q }));
  return out;
}

export function buildClassSummaryModel(source: ClassSummarySource, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): ClassSummaryModel {
  const { analytics, students } = source;
  const total = analytics.total;
  const t = pageWords(locale, "pdf");
  const names = namesIn(locale);
  const figure = (id: string, label: string, count: number): ClassFigure => ({
    id,
    label,
    count,
    share: total ? count / total : 0,
    text: t("class.countShare", { count: String(count), percent: percentOf(count, total) }),
  });

  const stageCounts = new Map<string, number>();
  for (const student of students) {
    if (student.stageId) stageCounts.set(student.stageId, (stageCounts.get(student.stageId) ?? 0) + 1);
  }
  const stages = [...stageOrder, ...[...stageCounts.keys()].filter((id) => !stageOrder.includes(id))]
    .filter((id) => stageCounts.get(id))
    .map((id) => figure(id, names.stage(id), stageCounts.get(id)!));

  const talkFirst = students
    .filter(needsConversation)
    .sort(
      (a, b) =>
        b.strongFlags.length - a.strongFlags.length ||
        Number(b.confidence === "low") - Number(a.confidence === "low") ||
        a.row.overall - b.row.overall ||
        a.row.displayName.localeCompare(b.row.displayName, "en"),
    )
    .map((student) => ({
      id: student.row.id,
      name: student.row.displayName,
      overall: student.row.overall,
      confidence: student.confidence ? t(`class.confidence.${student.confidence}`) : t("class.noConfidence"),
      lowConfidence: student.confidence === "low",
      strongFlags: student.strongFlags.map(names.flag),
    }));

  return {
    locale,
    title: source.cohortName ?? t("class.allResults"),
    date: new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(now),
    isoDate: now.toISOString().slice(0, 10),
    total,
    filterParts: describeFilters(source.filters, t, names),
    average: analytics.averages.overall === null ? null : formatScore(analytics.averages.overall),
    bands: analytics.bands.map(({ band, count }) => figure(band, names.band(band), count)),
    gaps: analytics.gaps
      .filter(({ count }) => count > 0)
      .slice(0, CLASS_TOP_GAPS)
      .map(({ skillId, count }) => figure(skillId, names.skill(skillId), count)),
    stages,
    talkFirst,
    students: students.map(({ row }) => ({
      id: row.id,
      name: row.displayName,
      overall: row.overall,
      band: names.band(row.band),
      background: row.degree != null ? names.degree(row.degree) : row.background ? names.background(row.background) : t("class.noBackground"),
      topGap: row.topGaps[0] ? names.skill(row.topGaps[0]) : t("class.noGap"),
    })),
  };
}
