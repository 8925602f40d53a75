import "server-only";
import { refreshAttempts, studentsOf } from "@/lib/shares/attempts";
import { randomBytes } from "node:crypto";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { DEFAULT_PROFILE_ID, profiles } from "@/lib/profiles";
import { parseAnswers, type Answers } from "@/lib/scoring";
import { scoreAssessment } from "@/lib/results/score";
import type { AssessmentResult } from "@/lib/results/types";
import { assessmentIdSchema, assessmentSubmissionSchema, ownerKeySchema } from "@/lib/validations/assessment";
import { readStoredTryWork, tryWorkSubmissionSchema } from "@/lib/validations/try-work";
import { tryWorkExercise } from "@/lib/try-work/exercise";
import type { TryWorkOutcome } from "@/lib/try-work/outcome";
import { toTryWorkOutcome } from "@/lib/try-work/score";
import { hashOwnerKey, newOwnerKey, ownerKeyMatches } from "./owner-key";

/**
 * The only module that touches the Assessment table. Inputs are validated here, the result is
 * computed here from the raw answers (the client never sends a score), and rows are mapped to
 * the domain type before they leave.
 */

export interface StoredAssessment {
  id: string;
  createdAt: Date;
  profileId: string;
  profileVersion: string;
  scoringVersion: string;
  locale: string;
  answers: Answers;
  result: AssessmentResult;
  overallScore: number;
  band: string;
  /** The earlier attempt this one retakes, if the person linked them. */
  previousId: string | null;
  /** The "Try the work" exercise, when the person did it; null otherwise (or when unreadable). */
  tryWork: TryWorkOutcome | null;
  /** When the report was last opened, to the day (lib/assessments/retention.ts); null: not since it was made. */
  lastOpenedAt: Date | null;
}

export const DEFAULT_LOCALE = "en-IN";

/** 18 random bytes = 144 bits, 24 base64url characters: unguessable, and safe in a URL. */
export function newAssessmentId(): string {
  return randomBytes(18).toString("base64url");
}

const select = {
  id: true,
  createdAt: true,
  profileId: true,
  profileVersion: true,
  scoringVersion: true,
  locale: true,
  answers: true,
  result: true,
  overallScore: true,
  band: true,
  previousId: true,
  tryWork: true,
  lastOpenedAt: true,
} as const satisfies Prisma.AssessmentSelect;

/** A row as the select reads it, typed by Prisma (the client both databases share the shape of). */
type Row = Prisma.AssessmentGetPayload<{ select: typeof select }>;

function toStored(row: Row): StoredAssessment {
  return {
    id: row.id,
    createdAt: row.createdAt,
    profileId: row.profileId,
    profileVersion: row.profileVersion,
    scoringVersion: row.scoringVersion,
    locale: row.locale,
    // JSON columns: written only by createAssessment from the parsed answers and their scored
    // result, so they read back as those types.
    answers: row.answers as Answers,
    result: row.result as unknown as AssessmentResult,
    overallScore: row.overallScore,
    band: row.band,
    previousId: row.previousId,
    // An outcome that does not read is left out of the report rather than breaking it.
    tryWork: readStoredTryWork(row.tryWork),
    lastOpenedAt: row.lastOpenedAt,
  };
}

/**
 * A JSON column's value in the form Prisma stores without visiting each key: a value with toJSON()
 * is taken as that method returns it, while a plain object is walked key by key first (for the
 * ~20 KB result that walk was a tenth of a submission's server time). The stored JSON is the same.
 */
function asJsonColumn(value: object): { toJSON(): unknown } {
  return { toJSON: () => value };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export interface CreateResult {
  assessment: StoredAssessment;
  /** False when the submission key was seen before and the earlier record is returned. */
  created: boolean;
  /**
   * The owner key, for the device to keep: on creation, and on a replay only when the request
   * carried the matching key. Resending a submission key alone never hands out control.
   */
  ownerKey: string | null;
}

/**
 * Scores and stores one submission. Idempotent by submission key: a double click, a retry after
 * a timeout or a second tab with the same key all get the one record made first.
 * Throws ZodError for a malformed body and InvalidAnswersError for answers that do not fit.
 */
export async function createAssessment(input: unknown, db: Db = getDb()): Promise<CreateResult> {
  const submission = assessmentSubmissionSchema.parse(input);
  const profile = profiles[DEFAULT_PROFILE_ID]!;
  const answers = parseAnswers(profile.questionnaire, submission.answers);
  const submissionKey = submission.submissionKey ?? newAssessmentId();
  const ownerKey = submission.ownerKey ?? newOwnerKey();

  const replay = async (): Promise<CreateResult | null> => {
    const existing = await db.assessment.findUnique({ where: { submissionKey }, select: { ...select, ownerKeyHash: true } });
    if (!existing) return null;
    const keyMatches = ownerKeyMatches(existing.ownerKeyHash, submission.ownerKey);
    return { assessment: toStored(existing), created: false, ownerKey: keyMatches ? submission.ownerKey! : null };
  };

  const result = scoreAssessment(profile, answers);
  // Link to the earlier attempt only while it exists, and only for its owner: a link puts this
  // attempt beside the earlier one wherever both are shared, so a report link is not enough.
  const previous = submission.previousId
    ? await db.assessment.findUnique({ where: { id: submission.previousId }, select: { id: true, ownerKeyHash: true } })
    : null;
  const linkPrevious = previous && ownerKeyMatches(previous.ownerKeyHash, submission.previousOwnerKey) ? previous.id : null;
  // Done before the quiz, on this device: counted here from the options chosen.
  const tryWork = submission.tryWork ? toTryWorkOutcome(tryWorkExercise, submission.tryWork) : undefined;
  const record = {
    id: newAssessmentId(),
    profileId: profile.id,
    profileVersion: profile.version,
    scoringVersion: result.scoringVersion,
    locale: submission.locale ?? DEFAULT_LOCALE,
    overallScore: result.overall,
    band: result.band.id,
    previousId: linkPrevious,
  };
  // Stored first, looked up only when the key was taken: a new submission (nearly all of them)
  // costs one statement, and the unique submission key still hands a retry the first record.
  try {
    const row = await db.assessment.create({
      data: {
        ...record,
        answers: asJsonColumn(answers),
        result: asJsonColumn(result),
        submissionKey,
        ownerKeyHash: hashOwnerKey(ownerKey),
        ...(tryWork ? { tryWork: tryWork as object } : {}),
      },
      // Only what the database made: the answers and result just written need no trip back.
      select: { createdAt: true },
    });
    return { assessment: { ...record, createdAt: row.createdAt, answers, result, tryWork: readStoredTryWork(tryWork), lastOpenedAt: null }, created: true, ownerKey };
  } catch (error) {
    // The submission key was used before (a retry, a double click, a second tab): that record.
    if (!isUniqueViolation(error)) throw error;
    const earlier = await replay();
    if (!earlier) throw error;
    return earlier;
  }
}

/** The stored assessment, or null for an unknown (or malformed) id. */
export async function getAssessment(id: string, db: Db = getDb()): Promise<StoredAssessment | null> {
  if (!assessmentIdSchema.safeParse(id).success) return null;
  const row = await db.assessment.findUnique({ where: { id }, select });
  return row ? toStored(row) : null;
}

/**
 * Whether a request may act on a result: "owner" with the right key, "forbidden" with none or a
 * wrong one (and for a result stored before owner keys that nobody has claimed yet), "missing"
 * for an unknown or malformed id.
 */
export type OwnerCheck = "owner" | "forbidden" | "missing";

export async function checkOwner(id: string, ownerKey: string | null | undefined, db: Db = getDb()): Promise<OwnerCheck> {
  if (!assessmentIdSchema.safeParse(id).success) return "missing";
  const row = await db.assessment.findUnique({ where: { id }, select: { ownerKeyHash: true } });
  if (!row) return "missing";
  return ownerKeyMatches(row.ownerKeyHash, ownerKey) ? "owner" : "forbidden";
}

/**
 * Proves or claims ownership with a key. A result stored before owner keys existed has no hash:
 * the first key presented for it becomes its key ("claimed"), which is how the device that made
 * it, which lists it, takes control on its next visit. After that only the same key is
 * accepted ("owner"); any other is "forbidden".
 */
export async function claimOwnership(id: string, ownerKey: string, db: Db = getDb()): Promise<OwnerCheck | "claimed"> {
  if (!assessmentIdSchema.safeParse(id).success) return "missing";
  const key = ownerKeySchema.parse(ownerKey);
  // One statement, so two claims at once cannot both win.
  const { count } = await db.assessment.updateMany({ where: { id, ownerKeyHash: null }, data: { ownerKeyHash: hashOwnerKey(key) } });
  if (count > 0) return "claimed";
  return checkOwner(id, key, db);
}

/**
 * Keeps the outcome of the "Try the work" exercise with a result, replacing an earlier one: the
 * options chosen and the feeling are checked against the exercise (ZodError otherwise) and the
 * right answers are counted here. Null when there is no such result. The caller checks the owner key.
 */
export async function saveTryWork(id: string, input: unknown, db: Db = getDb()): Promise<TryWorkOutcome | null> {
  const submission = tryWorkSubmissionSchema.parse(input);
  if (!assessmentIdSchema.safeParse(id).success) return null;
  const outcome = toTryWorkOutcome(tryWorkExercise, submission);
  const { count } = await db.assessment.updateMany({ where: { id }, data: { tryWork: outcome as object } });
  return count > 0 ? outcome : null;
}

/** Removes an assessment for good. Returns false when there was nothing to delete. */
export async function deleteAssessment(id: string, db: Db = getDb()): Promise<boolean> {
  if (!assessmentIdSchema.safeParse(id).success) return false;
  const students = await studentsOf({ assessmentId: id }, db);
  const { count } = await db.assessment.deleteMany({ where: { id } });
  // Its shares went with it: an earlier attempt shared with the same cohort is the latest again.
  for (const student of students) await refreshAttempts(student.cohortId, student.studentKey, db);
  return count > 0;
}
