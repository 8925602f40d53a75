/**
 * Everything the class summary PDF shows, from a ClassSummarySource (lib/shares/class-summary.ts).
 * Band, gap and flag figures are the analytics service's own, passed through; the rest is counted
 * here from the same rows. Pure: no React-PDF, no database.
 */
import { backgroundName, bandLabel, flagName, skillName } from "@/lib/cohorts/signals";
import type { ResultFilters } from "@/lib/counsellor/filters";
import { medicalCoderProfile } from "@/lib/profiles";
import { formatScore } from "@/lib/report/format";
import type { ClassSummarySource, ClassSummaryStudent } from "@/lib/shares/class-summary";
import { counsellorPdfWords } from "./counsellor-words";

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

const words = counsellorPdfWords.class;

/** A share of results as a percentage to one decimal place at most, as the analytics page shows it. */
export function percentOf(count: number, total: number): string {
  if (total <= 0) return "0%";
  const percent = Math.round((count / total) * 1000) / 10;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

const figure = (id: string, label: string, count: number, total: number): ClassFigure => ({
  id,
  label,
  count,
  share: total ? count / total : 0,
  text: words.countShare(count, percentOf(count, total)),
});

const stageNames = new Map(medicalCoderProfile.progression.map((stage) => [stage.id, stage.stage]));
const stageOrder = medicalCoderProfile.progression.map((stage) => stage.id);

/** Low confidence in the answers, or a strong not-ideal flag: who needs a conversation first. */
export function needsConversation(student: Pick<ClassSummaryStudent, "confidence" | "strongFlags">): boolean {
  return student.confidence === "low" || student.strongFlags.length > 0;
}

function describeFilters(filters: ResultFilters): string[] {
  const parts = words.filterParts;
  const out: string[] = [];
  if (filters.band) out.push(parts.band(bandLabel(filters.band)));
  if (filters.background) out.push(parts.background(backgroundName(filters.background)));
  if (filters.flag === "any") out.push(parts.flagAny);
  else if (filters.flag === "none") out.push(parts.flagNone);
  else if (filters.flag) out.push(parts.flag(flagName(filters.flag)));
  if (filters.from) out.push(parts.from(filters.from));
  if (filters.to) out.push(parts.to(filters.to));
  if (filters.reviewed === "yes") out.push(parts.reviewedYes);
  if (filters.reviewed === "no") out.push(parts.reviewedNo);
  if (filters.q) out.push(parts.q(filters.q));
  return out;
}

export function buildClassSummaryModel(source: ClassSummarySource, now: Date = new Date()): ClassSummaryModel {
  const { analytics, students } = source;
  const total = analytics.total;

  const stageCounts = new Map<string, number>();
  for (const student of students) {
    if (student.stageId) stageCounts.set(student.stageId, (stageCounts.get(student.stageId) ?? 0) + 1);
  }
  const stages = [...stageOrder, ...[...stageCounts.keys()].filter((id) => !stageOrder.includes(id))]
    .filter((id) => stageCounts.get(id))
    .map((id) => figure(id, stageNames.get(id) ?? id, stageCounts.get(id)!, total));

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
      confidence: student.confidence ? words.confidence[student.confidence] : words.noConfidence,
      lowConfidence: student.confidence === "low",
      strongFlags: student.strongFlags.map(flagName),
    }));

  return {
    title: words.title(source.cohortName),
    date: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(now),
    isoDate: now.toISOString().slice(0, 10),
    total,
    filterParts: describeFilters(source.filters),
    average: analytics.averages.overall === null ? null : formatScore(analytics.averages.overall),
    bands: analytics.bands.map(({ band, count }) => figure(band, bandLabel(band), count, total)),
    gaps: analytics.gaps
      .filter(({ count }) => count > 0)
      .slice(0, CLASS_TOP_GAPS)
      .map(({ skillId, count }) => figure(skillId, skillName(skillId), count, total)),
    stages,
    talkFirst,
    students: students.map(({ row }) => ({
      id: row.id,
      name: row.displayName,
      overall: row.overall,
      band: bandLabel(row.band),
      background: row.degree ?? (row.background ? backgroundName(row.background) : words.noBackground),
      topGap: row.topGaps[0] ? skillName(row.topGaps[0]) : words.noGap,
    })),
  };
}
