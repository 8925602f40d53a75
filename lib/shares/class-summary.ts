import "server-only";
import { getCohort } from "@/lib/cohorts/service";
import type { ResultFilters } from "@/lib/counsellor/filters";
import { getDb, type Db } from "@/lib/db";
import { CLASS_SUMMARY_MAX } from "@/lib/pdf/paths";
import type { AssessmentResult } from "@/lib/results/types";
import { cohortAnalytics, streamResults, whereFor, type CohortAnalytics, type ExportRow } from "./counsellor";

/**
 * What a class summary PDF is made of, read through the dashboard's own services: the figures
 * are `cohortAnalytics` (the analytics page's), the students are `streamResults` (the table's and
 * the CSV's rows) for the same filters, so the three cannot disagree. Only what the dashboard
 * does not show (each result's readiness stage, the confidence in its answers and which
 * not-ideal flags are strong) is read from the stored results, for the same rows.
 */

export { CLASS_SUMMARY_MAX };

export interface ClassSummaryStudent {
  row: ExportRow;
  /** The readiness stage id the person can reach now (profile progression). */
  stageId: string | null;
  confidence: "high" | "medium" | "low" | null;
  /** Trait ids of the strong not-ideal flags, strongest first. */
  strongFlags: string[];
}

export interface ClassSummarySource {
  cohortName: string | null;
  filters: ResultFilters;
  analytics: CohortAnalytics;
  /** By name, as the table sorts by name. */
  students: ClassSummaryStudent[];
}

export type ClassSummaryOutcome = { status: "ready"; source: ClassSummarySource } | { status: "too-many"; total: number };

type StoredSignals = Pick<AssessmentResult, "readiness" | "quality" | "traits">;

function signalsOf(result: unknown): Omit<ClassSummaryStudent, "row"> {
  const stored = (typeof result === "object" && result !== null ? result : {}) as Partial<StoredSignals>;
  return {
    stageId: stored.readiness?.stage?.id ?? null,
    confidence: stored.quality?.confidence ?? null,
    strongFlags: (stored.traits?.flags ?? []).filter((flag) => flag.strength === "strong").map((flag) => flag.traitId),
  };
}

/**
 * Everything for one counsellor's class summary with these filters (a cohort filter must already
 * be checked to be theirs, as counsellorViewFromRequest does), each student's latest attempt only.
 * "too-many" above CLASS_SUMMARY_MAX.
 */
export async function loadClassSummary(counsellorId: string, asked: ResultFilters, db: Db = getDb()): Promise<ClassSummaryOutcome> {
  // A class summary is about students: each counts once, by their latest attempt, whatever the
  // dashboard's attempts switch says (the PDF says so).
  const filters: ResultFilters = { ...asked, attempts: "latest" };
  const analytics = await cohortAnalytics(counsellorId, filters, db);
  if (analytics.total > CLASS_SUMMARY_MAX) return { status: "too-many", total: analytics.total };
  const cohortName = filters.cohort ? ((await getCohort(counsellorId, filters.cohort, db))?.name ?? null) : null;

  const rows: ExportRow[] = [];
  for await (const row of streamResults(counsellorId, { ...filters, sort: "name", dir: "asc" }, db, CLASS_SUMMARY_MAX + 1)) {
    rows.push(row);
    if (rows.length > CLASS_SUMMARY_MAX) return { status: "too-many", total: Math.max(rows.length, analytics.total) };
  }
  // The same WHERE clause again (a share withdrawn since the list was read is simply missing).
  const stored = await db.share.findMany({
    where: { ...whereFor(counsellorId, filters), id: { in: rows.map((row) => row.id) } },
    select: { id: true, assessment: { select: { result: true } } },
  });
  const signals = new Map(stored.map((share) => [share.id, signalsOf(share.assessment.result)]));
  const students = rows.flatMap((row) => {
    const found = signals.get(row.id);
    return found ? [{ row, ...found }] : [];
  });
  return { status: "ready", source: { cohortName, filters, analytics, students } };
}
