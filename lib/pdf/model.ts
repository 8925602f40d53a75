/**
 * Everything the PDF shows, built from the same report models as the page (lib/report), so the
 * two cannot disagree. In another language than English the stored result is worded in it
 * (storedResultIn) and read with the profile in that language, as the page does. Pure: no
 * React-PDF, no database.
 */
import { pageWords } from "@/lib/i18n/page-words";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import {
  buildAnswer,
  buildPlanSummary,
  buildReportView,
  buildWhySummary,
  formatTakenDate,
  isoDate,
  type PlanSummary,
  type ReceiptView,
  type ReportAnswer,
  type WhySummary,
} from "@/lib/report";
import { storedResultIn } from "@/lib/results/stored";
import type { AssessmentResult } from "@/lib/results/types";

/** What the PDF needs from a stored result: the page reads the same fields. */
export interface ReportPdfSource {
  createdAt: Date;
  profileId: string;
  result: AssessmentResult;
  /** The stored answers, from which the result is worded in another language; without them it stays in English. */
  answers?: unknown;
}

export interface ReportPdfModel {
  /** The document's language: its own words, its dates and its font. */
  locale: Locale;
  title: string;
  takenOn: string;
  /** "2026-11-22", in the person's market's time zone: the file name's date. */
  takenOnIso: string;
  marketName: string;
  answer: ReportAnswer;
  plan: PlanSummary;
  why: WhySummary;
  /** The full receipt, only when the details were asked for. */
  receipt: ReceiptView | null;
  versions: { profile: string; scoring: string; questionnaire: string };
  /** The counsellor's own notes, oldest first, only in their download when they ask for them. */
  notes: ReportPdfNote[] | null;
}

/** One counsellor's note as the PDF prints it: the day it was written, in the student's market. */
export interface ReportPdfNote {
  writtenOn: string;
  body: string;
}

export interface ReportPdfBuildOptions {
  details: boolean;
  /** A counsellor's notes on the result, in the order to print them; leave out for the student's PDF. */
  notes?: { createdAt: Date | string; body: string }[] | null;
  /** The document's language; English when left out. */
  locale?: Locale;
}

export function buildReportPdfModel(source: ReportPdfSource, options: ReportPdfBuildOptions): ReportPdfModel {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const stored = profiles[source.profileId] ?? medicalCoderProfile;
  // As the report page does (app/[locale]/report/[id]/load.ts): an older result keeps its stored
  // English words (storedResultIn), the profile and the report's own words are the language's.
  const { result } =
    locale !== DEFAULT_LOCALE && source.answers !== undefined
      ? storedResultIn(stored, { answers: source.answers, result: source.result }, locale)
      : { result: source.result };
  const profile = profileIn(stored, locale);
  const t = pageWords(locale, "report");
  const view = buildReportView(result, profile, t);
  return {
    locale,
    title: t("meta.title"),
    takenOn: formatTakenDate(source.createdAt, result.market, locale),
    takenOnIso: isoDate(source.createdAt, result.market),
    marketName: view.marketName,
    answer: buildAnswer(result, profile, t),
    plan: buildPlanSummary(result, profile, null, t),
    why: buildWhySummary(result, profile, t),
    receipt: options.details ? view.receipt : null,
    versions: view.versions,
    notes: options.notes
      ? options.notes.map((note) => ({ writtenOn: formatTakenDate(note.createdAt, result.market, locale), body: note.body }))
      : null,
  };
}
