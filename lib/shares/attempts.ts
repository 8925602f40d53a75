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

/** Marks the newest of a student's shares in a cohort as the latest, and only that one. */
export async function refreshLatest(cohortId: string, studentKey: string, db: Db): Promise<void> {
  const newest = await db.share.findFirst({
    where: { cohortId, studentKey },
    orderBy: [{ takenAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  await db.share.updateMany({ where: { cohortId, studentKey, latest: true, NOT: newest ? { id: newest.id } : undefined }, data: { latest: false } });
  if (newest) await db.share.updateMany({ where: { id: newest.id, latest: false }, data: { latest: true } });
}

/** The students whose attempts these shares were, to refresh once the shares are gone. */
export async function studentsOf(where: { assessmentId?: string; id?: string }, db: Db): Promise<{ cohortId: string; studentKey: string }[]> {
  return db.share.findMany({ where, select: { cohortId: true, studentKey: true } });
}
