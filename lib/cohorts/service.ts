import "server-only";
import { getDb, type Db } from "@/lib/db";
import { formatShortCode, newId, newShortCode, normaliseShortCode } from "@/lib/ids";
import { entityIdSchema } from "@/lib/counsellor/filters";
import { createCohortSchema, updateCohortSchema } from "@/lib/validations/cohort";
import { inviteTokenSchema } from "@/lib/validations/share";

/**
 * Cohorts belong to one counsellor. Every function that reads or changes a cohort for a
 * counsellor takes their id and scopes the query by it, so another counsellor's cohort is
 * indistinguishable from one that does not exist (null, and a 404 above).
 */

export interface CohortSummary {
  id: string;
  name: string;
  inviteToken: string;
  code: string;
  invitesOpen: boolean;
  /** Set while the cohort is archived: it takes no new shares and is listed apart. */
  archivedAt: Date | null;
  createdAt: Date;
  /** Results currently shared with the cohort. */
  resultCount: number;
}

const cohortSelect = {
  id: true,
  name: true,
  inviteToken: true,
  code: true,
  invitesOpen: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { shares: true } },
} as const;

type CohortRow = {
  id: string;
  name: string;
  inviteToken: string;
  code: string;
  invitesOpen: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  _count: { shares: number };
};

function toSummary(row: CohortRow): CohortSummary {
  const { _count, ...rest } = row;
  return { ...rest, resultCount: _count.shares };
}

/** Newest first; the page lists archived cohorts apart (they keep their place in this order). */
export async function listCohorts(counsellorId: string, db: Db = getDb()): Promise<CohortSummary[]> {
  const rows = await db.cohort.findMany({ where: { counsellorId }, orderBy: { createdAt: "desc" }, select: cohortSelect });
  return rows.map(toSummary);
}

export async function getCohort(counsellorId: string, cohortId: string, db: Db = getDb()): Promise<CohortSummary | null> {
  if (!entityIdSchema.safeParse(cohortId).success) return null;
  const row = await db.cohort.findFirst({ where: { id: cohortId, counsellorId }, select: cohortSelect });
  return row ? toSummary(row) : null;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export async function createCohort(counsellorId: string, input: unknown, db: Db = getDb()): Promise<CohortSummary> {
  const { name } = createCohortSchema.parse(input);
  // A short code can collide (about 40 bits); try again with a new one.
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.cohort.create({
        data: { id: newId(), counsellorId, name, inviteToken: newId(), code: newShortCode() },
        select: cohortSelect,
      });
      return toSummary(row);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

export async function updateCohort(
  counsellorId: string,
  cohortId: string,
  input: unknown,
  db: Db = getDb(),
): Promise<CohortSummary | null> {
  const { archived, ...changes } = updateCohortSchema.parse(input);
  if (!entityIdSchema.safeParse(cohortId).success) return null;
  const where = { id: cohortId, counsellorId };
  const existing = await db.cohort.findFirst({ where, select: { archivedAt: true } });
  if (!existing) return null;
  // Archiving an archived cohort keeps its first date.
  const archivedAt = archived === undefined ? undefined : archived ? (existing.archivedAt ?? new Date()) : null;
  await db.cohort.updateMany({ where, data: { ...changes, ...(archivedAt !== undefined ? { archivedAt } : {}) } });
  return getCohort(counsellorId, cohortId, db);
}

/**
 * Deletes a cohort with every share in it and the counsellor's notes on them (both cascade).
 * The students' own results (Assessment rows) stay theirs. False when nothing matched.
 */
export async function deleteCohort(counsellorId: string, cohortId: string, db: Db = getDb()): Promise<boolean> {
  if (!entityIdSchema.safeParse(cohortId).success) return false;
  const { count } = await db.cohort.deleteMany({ where: { id: cohortId, counsellorId } });
  return count > 0;
}

/** What a student sees before sharing: whose cohort it is, and whether it takes new results. */
export interface PublicInvite {
  cohortId: string;
  cohortName: string;
  counsellorName: string;
  /** False when the counsellor paused invites or archived the cohort. */
  invitesOpen: boolean;
  /** Archived: closed for good unless the counsellor restores it. */
  archived: boolean;
  inviteToken: string;
  /** The short code, formatted ("K7QM-4TPX"): it grants no more than the link does. */
  code: string;
}

const inviteSelect = {
  id: true,
  name: true,
  invitesOpen: true,
  archivedAt: true,
  inviteToken: true,
  code: true,
  counsellor: { select: { name: true } },
} as const;

type InviteRow = {
  id: string;
  name: string;
  invitesOpen: boolean;
  archivedAt: Date | null;
  inviteToken: string;
  code: string;
  counsellor: { name: string };
};

const toInvite = (row: InviteRow): PublicInvite => ({
  cohortId: row.id,
  cohortName: row.name,
  counsellorName: row.counsellor.name,
  invitesOpen: row.invitesOpen && row.archivedAt === null,
  archived: row.archivedAt !== null,
  inviteToken: row.inviteToken,
  code: formatShortCode(row.code),
});


export async function findInviteByToken(token: string, db: Db = getDb()): Promise<PublicInvite | null> {
  if (!inviteTokenSchema.safeParse(token).success) return null;
  const row = await db.cohort.findUnique({ where: { inviteToken: token }, select: inviteSelect });
  return row ? toInvite(row) : null;
}

export async function findInviteByCode(input: string, db: Db = getDb()): Promise<PublicInvite | null> {
  const code = normaliseShortCode(input);
  if (!code) return null;
  const row = await db.cohort.findUnique({ where: { code }, select: inviteSelect });
  return row ? toInvite(row) : null;
}
