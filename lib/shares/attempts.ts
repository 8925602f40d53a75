import "server-only";
import type { Db } from "@/lib/db";

/**
 * One student's attempts in one cohort. A result that retakes an earlier one (Assessment.previousId,
 * set when the person chose to link them) joins the earlier result's share in the same cohort: the
 * shares then have one studentKey, and only the newest is `latest`, the dashboard's default row.
 */

/** How far back a chain of retakes is followed: far more attempts than anyone takes. */
const MAX_ATTEMPTS_BACK = 20;

export interface EarlierAttempt {
  studentKey: string;
  rosterEntryId: string | null;
}

/** The share in this cohort of the nearest earlier attempt this result retakes, if there is one. */
export async function earlierAttemptShare(assessmentId: string, cohortId: string, db: Db): Promise<EarlierAttempt | null> {
  let current = await db.assessment.findUnique({ where: { id: assessmentId }, select: { previousId: true } });
  for (let step = 0; current?.previousId && step < MAX_ATTEMPTS_BACK; step += 1) {
    const previousId: string = current.previousId;
    const share = await db.share.findUnique({
      where: { assessmentId_cohortId: { assessmentId: previousId, cohortId } },
      select: { studentKey: true, rosterEntryId: true },
    });
    if (share) return share;
    current = await db.assessment.findUnique({ where: { id: previousId }, select: { previousId: true } });
  }
  return null;
}

/**
 * Brings one student's attempts in a cohort up to date after a share, a withdrawal or a deletion:
 * the newest is the `latest` (and only it), and each knows its place, how many there are and the
 * figures of the one before it, which the dashboard shows on the row without a second query. Only
 * rows that change are written (a student has a handful of attempts at most).
 */
export async function refreshAttempts(cohortId: string, studentKey: string, db: Db): Promise<void> {
  const attempts = await db.share.findMany({
    where: { cohortId, studentKey },
    orderBy: [{ takenAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      overallScore: true,
      band: true,
      latest: true,
      attemptNumber: true,
      attemptCount: true,
      previousOverall: true,
      previousBand: true,
    },
  });
  for (const [index, attempt] of attempts.entries()) {
    const previous = attempts[index - 1];
    const wanted = {
      latest: index === attempts.length - 1,
      attemptNumber: index + 1,
      attemptCount: attempts.length,
      previousOverall: previous ? previous.overallScore : null,
      previousBand: previous ? previous.band : null,
    };
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some((key) => attempt[key] !== wanted[key]);
    if (changed) await db.share.update({ where: { id: attempt.id }, data: wanted });
  }
}

/** The students whose attempts these shares were, to refresh once the shares are gone. */
export async function studentsOf(where: { assessmentId?: string; id?: string }, db: Db): Promise<{ cohortId: string; studentKey: string }[]> {
  return db.share.findMany({ where, select: { cohortId: true, studentKey: true } });
}
