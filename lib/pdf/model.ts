/**
 * Everything the PDF shows, built from the same report models as the page (lib/report), so the
 * two cannot disagree. Pure: no React-PDF, no database.
 */
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import {
  buildAnswer,
  buildPlanSummary,
  buildReportView,
  buildWhySummary,
  formatTakenDate,
  isoDate,
  REPORT_TITLE,
  type PlanSummary,
  type ReceiptView,
  type ReportAnswer,
  type WhySummary,
} from "@/lib/report";
import type { AssessmentResult } from "@/lib/results/types";

/** What the PDF needs from a stored result: the page reads the same three fields. */
export interface ReportPdfSource {
  createdAt: Date;
  profileId: string;
  result: AssessmentResult;
}

export interface ReportPdfModel {
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
}

export function buildReportPdfModel(source: ReportPdfSource, options: ReportPdfBuildOptions): ReportPdfModel {
  const { result } = source;
  const profile = profiles[source.profileId] ?? medicalCoderProfile;
  const view = buildReportView(result, profile);
  return {
    title: REPORT_TITLE,
    takenOn: formatTakenDate(source.createdAt, result.market),
    takenOnIso: isoDate(source.createdAt, result.market),
    marketName: view.marketName,
    answer: buildAnswer(result, profile),
    plan: buildPlanSummary(result, profile),
    why: buildWhySummary(result, profile),
    receipt: options.details ? view.receipt : null,
    versions: view.versions,
    notes: options.notes ? options.notes.map((note) => ({ writtenOn: formatTakenDate(note.createdAt, result.market), body: note.body })) : null,
  };
}
