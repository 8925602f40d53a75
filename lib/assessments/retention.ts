import { getDb, type Db } from "@/lib/db";
import { assessmentIdSchema } from "@/lib/validations/assessment";

/**
 * How long results are kept (the privacy page states it, `npm run db:prune` applies it): a result
 * that was never shared and whose report nobody has opened for RETENTION_DAYS days is deleted.
 * "Opened" means the report page or its details page was loaded by anyone holding the link; it is
 * recorded to the day, so reading a report does not write on every request.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a report last opened at `lastOpenedAt` needs its date written again at `now`. */
export function openedDateIsStale(lastOpenedAt: Date | null, now: Date = new Date()): boolean {
  return lastOpenedAt === null || now.getTime() - lastOpenedAt.getTime() >= DAY_MS;
}

/**
 * Records that a report was opened, at most once a day per result. The caller passes what it read
 * with the report, so a fresh date costs nothing; the update's own condition keeps two readers at
 * once from both writing. True when a row was written.
 */
export async function noteReportOpened(id: string, lastOpenedAt: Date | null, now: Date = new Date(), db: Db = getDb()): Promise<boolean> {
  if (!openedDateIsStale(lastOpenedAt, now) || !assessmentIdSchema.safeParse(id).success) return false;
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const { count } = await db.assessment.updateMany({
    where: { id, OR: [{ lastOpenedAt: null }, { lastOpenedAt: { lte: dayAgo } }] },
    data: { lastOpenedAt: now },
  });
  return count > 0;
}

/** The moment before which an unshared result must have been made and last opened to be pruned. */
export function retentionCutoff(days: number, now: Date = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * Deletes every result that is shared with no cohort, was made before the cut-off and has not
 * been opened since it. One statement, so a share made meanwhile keeps its result; running it
 * again deletes nothing more. Returns how many were deleted.
 */
export async function pruneUnusedResults(days: number, now: Date = new Date(), db: Db = getDb()): Promise<number> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError("days must be a whole number of at least 1");
  const cutoff = retentionCutoff(days, now);
  const { count } = await db.assessment.deleteMany({
    where: {
      shares: { none: {} },
      createdAt: { lt: cutoff },
      OR: [{ lastOpenedAt: null }, { lastOpenedAt: { lt: cutoff } }],
    },
  });
  return count;
}
