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
  createdAt: true,
  _count: { select: { shares: true } },
} as const;

type CohortRow = { id: string; name: string; inviteToken: string; code: string; invitesOpen: boolean; createdAt: Date; _count: { shares: number } };

function toSummary(row: CohortRow): CohortSummary {
  const { _count, ...rest } = row;
  return { ...rest, resultCount: _count.shares };
}

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
  const changes = updateCohortSchema.parse(input);
  if (!entityIdSchema.safeParse(cohortId).success) return null;
  const { count } = await db.cohort.updateMany({ where: { id: cohortId, counsellorId }, data: changes });
  return count ? getCohort(counsellorId, cohortId, db) : null;
}

/** What a student sees before sharing: whose cohort it is, and whether it takes new results. */
export interface PublicInvite {
  cohortId: string;
  cohortName: string;
  counsellorName: string;
  invitesOpen: boolean;
  inviteToken: string;
  /** The short code, formatted ("K7QM-4TPX"): it grants no more than the link does. */
  code: string;
}

const inviteSelect = {
  id: true,
  name: true,
  invitesOpen: true,
  inviteToken: true,
  code: true,
  counsellor: { select: { name: true } },
} as const;

type InviteRow = { id: string; name: string; invitesOpen: boolean; inviteToken: string; code: string; counsellor: { name: string } };

const toInvite = (row: InviteRow): PublicInvite => ({
  cohortId: row.id,
  cohortName: row.name,
  counsellorName: row.counsellor.name,
  invitesOpen: row.invitesOpen,
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
