import "server-only";
import { getDb, type Db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { findInviteByCode, findInviteByToken, type PublicInvite } from "@/lib/cohorts/service";
import { codeShareSchema, inviteShareSchema } from "@/lib/validations/share";
import { tidyDisplayName, type GuardianFields } from "@/lib/validations/share-checks";
import { shareFigures } from "@/lib/shares/figures";
import { assessmentIdSchema } from "@/lib/validations/assessment";
import { entityIdSchema } from "@/lib/counsellor/filters";
import type { AssessmentResult } from "@/lib/results/types";
import { rosterEntryInCohort } from "@/lib/roster/service";
import { rosterWords } from "@/lib/roster/words";
import { z } from "zod";
import { earlierAttemptShare, refreshAttempts, studentsOf } from "./attempts";

/**
 * The student's side of sharing. Nothing is shared without `consent: true`. The report id only
 * reads: the route handlers check the owner key before they call anything here.
 */

export type ShareOutcome =
  | { status: "shared"; shareId: string; cohortName: string; counsellorName: string }
  | { status: "not-found" }
  | { status: "closed"; cohortName: string; counsellorName: string; archived: boolean };

async function shareWithInvite(
  assessmentId: string,
  invite: PublicInvite | null,
  input: { displayName: string; email?: string | undefined; rosterEntryId?: string | undefined } & GuardianFields,
  db: Db,
  /** How a picked roster name that is not on this cohort's roster is met: refused (422), or dropped. */
  foreignEntry: "refuse" | "drop",
): Promise<ShareOutcome> {
  if (!invite) return { status: "not-found" };
  if (!invite.invitesOpen) {
    return { status: "closed", cohortName: invite.cohortName, counsellorName: invite.counsellorName, archived: invite.archived };
  }
  const assessment = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: { createdAt: true, result: true },
  });
  if (!assessment) return { status: "not-found" };
  const cohort = await db.cohort.findUnique({ where: { id: invite.cohortId }, select: { counsellorId: true } });
  if (!cohort) return { status: "not-found" };

  // The roster name the person picked: only one on this cohort's roster is stored.
  let picked = input.rosterEntryId;
  if (picked && !(await rosterEntryInCohort(invite.cohortId, picked, db))) {
    if (foreignEntry === "refuse") {
      throw new z.ZodError([{ code: "custom", path: ["rosterEntryId"], message: rosterWords.pickOtherCohort, input: undefined }]);
    }
    picked = undefined;
  }
  const person = {
    displayName: input.displayName,
    searchName: input.displayName.toLowerCase(),
    email: input.email ?? null,
    consentedAt: new Date(),
    ...guardianColumns(input),
  };
  // A retake of a result already shared here is the same student's next attempt.
  const earlier = await earlierAttemptShare(assessmentId, invite.cohortId, db);
  const id = newId();
  // Sharing twice with one cohort updates the name and email instead of making a second row.
  const share = await db.share.upsert({
    where: { assessmentId_cohortId: { assessmentId, cohortId: invite.cohortId } },
    // An explicit pick re-matches a re-share; without one the match stays as it was.
    update: picked ? { ...person, rosterEntryId: picked } : person,
    create: {
      id,
      assessmentId,
      cohortId: invite.cohortId,
      counsellorId: cohort.counsellorId,
      takenAt: assessment.createdAt,
      ...shareFigures(assessment.result as unknown as AssessmentResult),
      ...person,
      studentKey: earlier?.studentKey ?? id,
      // An explicit pick overrides the name inherited from an earlier attempt.
      rosterEntryId: picked ?? earlier?.rosterEntryId ?? null,
    },
    select: { id: true, studentKey: true },
  });
  await refreshAttempts(invite.cohortId, share.studentKey, db);
  return { status: "shared", shareId: share.id, cohortName: invite.cohortName, counsellorName: invite.counsellorName };
}

/** The guardian's confirmation as stored: only for someone under 18 (the schema made sure it is there). */
function guardianColumns(input: GuardianFields) {
  const under18 = input.under18 === true;
  return {
    under18,
    guardianName: under18 ? tidyDisplayName(input.guardianName ?? "") : null,
    guardianConsentedAt: under18 ? new Date() : null,
  };
}

export async function shareByInvite(assessmentId: string, input: unknown, db: Db = getDb()): Promise<ShareOutcome> {
  const parsed = inviteShareSchema.parse(input);
  if (!assessmentIdSchema.safeParse(assessmentId).success) return { status: "not-found" };
  return shareWithInvite(assessmentId, await findInviteByToken(parsed.inviteToken, db), parsed, db, "drop");
}

export async function shareByCode(assessmentId: string, input: unknown, db: Db = getDb()): Promise<ShareOutcome> {
  const parsed = codeShareSchema.parse(input);
  if (!assessmentIdSchema.safeParse(assessmentId).success) return { status: "not-found" };
  return shareWithInvite(assessmentId, await findInviteByCode(parsed.code, db), parsed, db, "refuse");
}

/** What the report lists under "Shared with". */
export interface ShareOfAssessment {
  id: string;
  cohortName: string;
  counsellorName: string;
  displayName: string;
  email: string | null;
  consentedAt: Date;
}

export async function listSharesOfAssessment(assessmentId: string, db: Db = getDb()): Promise<ShareOfAssessment[]> {
  if (!assessmentIdSchema.safeParse(assessmentId).success) return [];
  const rows = await db.share.findMany({
    where: { assessmentId },
    orderBy: { consentedAt: "desc" },
    select: {
      id: true,
      displayName: true,
      email: true,
      consentedAt: true,
      cohort: { select: { name: true, counsellor: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    cohortName: row.cohort.name,
    counsellorName: row.cohort.counsellor.name,
    displayName: row.displayName,
    email: row.email,
    consentedAt: row.consentedAt,
  }));
}

/**
 * Withdraws one share of the person's own result: the row and the counsellor's notes on it are
 * deleted, so it leaves the counsellor's view on their next request. False when nothing matched.
 */
export async function withdrawShare(assessmentId: string, shareId: string, db: Db = getDb()): Promise<boolean> {
  if (!assessmentIdSchema.safeParse(assessmentId).success || !entityIdSchema.safeParse(shareId).success) return false;
  const students = await studentsOf({ id: shareId, assessmentId }, db);
  const { count } = await db.share.deleteMany({ where: { id: shareId, assessmentId } });
  // The student's earlier attempt, if shared here too, becomes their row again.
  for (const student of students) await refreshAttempts(student.cohortId, student.studentKey, db);
  return count > 0;
}
