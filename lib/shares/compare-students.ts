import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { degreeOfAnswers, SKILL_ORDER, TOP_GAPS } from "@/lib/shares/figures";
import { namers, profileNames } from "@/lib/counsellor/names";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import type { Locale } from "@/lib/i18n/locales";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import { buildPlanSummary, buildReportView, formatTakenDate, isoDate } from "@/lib/report";
import { storedResultIn } from "@/lib/results/stored";
import type { AssessmentResult } from "@/lib/results/types";
import { compareIdsSchema } from "@/lib/validations/compare-ids";
import type { ComparedSkill, ComparedStudent } from "@/lib/contracts/counsellor";

export type { ComparedSkill, ComparedStudent };

/**
 * Two to four of a counsellor's shared results, side by side. Every figure comes from the models
 * the counsellor's result page draws (buildReportView, buildPlanSummary), so a column here and
 * that student's page cannot disagree; nothing is scored again, except to word a result in another
 * language (storedResultIn), as that page does.
 */


const compareSelect = {
  id: true,
  displayName: true,
  takenAt: true,
  cohort: { select: { name: true } },
  assessment: { select: { profileId: true, answers: true, result: true } },
} as const satisfies Prisma.ShareSelect;

/** A row as compareSelect reads it, typed by Prisma. */
type CompareRecord = Prisma.ShareGetPayload<{ select: typeof compareSelect }>;

function toCompared(record: CompareRecord, locale: Locale): ComparedStudent {
  // A JSON column written only from a scored result (lib/assessments/service.ts).
  const storedResult = record.assessment.result as unknown as AssessmentResult;
  const stored = profiles[record.assessment.profileId] ?? medicalCoderProfile;
  const profile = profileIn(stored, locale);
  const { result } = storedResultIn(stored, { answers: record.assessment.answers, result: storedResult }, locale);
  const names = namers(profileNames(profile, stored));
  const degree = degreeOfAnswers(record.assessment.answers);
  const reportWords = pageWords(locale, "report");
  const view = buildReportView(result, profile, reportWords);
  const plan = buildPlanSummary(result, profile, null, reportWords);
  const skillRows = new Map(view.skills.map((row) => [row.id, row]));
  const skillOrder = [...SKILL_ORDER, ...view.skills.map((row) => row.id).filter((id) => !SKILL_ORDER.includes(id))];
  return {
    id: record.id,
    displayName: record.displayName,
    cohortName: record.cohort.name,
    takenOn: { text: formatTakenDate(record.takenAt, result.market, locale), iso: isoDate(record.takenAt, result.market) },
    overall: view.summary.overall,
    band: { id: view.summary.band.id, label: view.summary.band.label },
    confidence: { level: view.summary.confidence.level, label: view.summary.confidence.label },
    parts: view.components.map((component) => ({
      id: component.id,
      label: component.label,
      score: component.score,
      scoreText: component.scoreText,
    })),
    background: degree ? names.degree(degree) : names.background(result.education.backgroundId),
    skills: skillOrder.flatMap((id) => {
      const row = skillRows.get(id);
      return row
        ? [
            {
              id: row.id,
              name: row.name,
              level: row.level,
              requiredLevel: row.requiredLevel,
              levelText: row.levelText,
              requiredText: row.requiredText,
              gapText: row.gapText,
              reached: row.gap <= 0,
            },
          ]
        : [];
    }),
    flags: view.signals.flags.map((flag) => ({ id: flag.id, name: flag.name, strengthLabel: flag.strengthLabel ?? "" })),
    topGaps: result.gaps.slice(0, TOP_GAPS).map((id) => ({ id, name: skillRows.get(id)?.name ?? id })),
    learning: plan.learning ? { step: plan.learning.step, total: plan.learning.total, focus: plan.learning.focus } : null,
    stage: plan.roles.stageName,
  };
}

/**
 * The results with these share ids, in the order given, when every one is shared with one of the
 * counsellor's cohorts; otherwise null. One missing, foreign or withdrawn id fails the whole
 * request, so another counsellor's result never shows beside the counsellor's own. Throws a
 * ZodError for a list that is not 2–4 different ids. Worded in `locale` (English by default).
 */
export async function compareStudents(
  counsellorId: string,
  ids: readonly string[],
  db: Db = getDb(),
  locale: Locale = "en",
): Promise<ComparedStudent[] | null> {
  const wanted = compareIdsSchema.parse(ids);
  const records: CompareRecord[] = await db.share.findMany({
    where: { id: { in: wanted }, counsellorId },
    select: compareSelect,
  });
  if (records.length !== wanted.length) return null;
  const byId = new Map(records.map((record) => [record.id, record]));
  return wanted.map((id) => toCompared(byId.get(id)!, locale));
}
