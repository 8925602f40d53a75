import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import {
  BAND_IDS,
  FLAG_ORDER,
  SKILL_ORDER,
  TOP_GAPS,
  degreeName,
  fromMask,
  skillLevelsOfAnswers,
  masksWithBit,
} from "@/lib/shares/figures";
import { entityIdSchema, type ResultFilters, type ResultView, type SortKey } from "@/lib/counsellor/filters";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import { compareResults, type ResultComparison } from "@/lib/results/compare";
import type { Answers } from "@/lib/scoring/answers";
import type { AssessmentResult } from "@/lib/results/types";
import type { TryWorkOutcome } from "@/lib/try-work/outcome";
import type { AttemptPlace, CohortAnalytics, ExportRow, ResultPage, ResultRow } from "@/lib/contracts/counsellor";

export type { AttemptPlace, CohortAnalytics, ExportRow, ResultPage, ResultRow };
import { readStoredTryWork } from "@/lib/validations/try-work";

/**
 * The counsellor's side of shared results. Every query is scoped by `counsellorId` (copied onto
 * each share from its cohort), so a result is visible only while it is shared with one of the
 * counsellor's own cohorts; anything else reads as "not found". The table, the analytics and the
 * CSV all build their WHERE clause with `whereFor`, so their numbers cannot disagree. By default
 * they count one row per student (each studentKey's `latest` share); `attempts: "all"` counts
 * every attempt.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export function whereFor(counsellorId: string, filters: ResultFilters) {
  const flagMask =
    filters.flag === "any"
      ? { gt: 0 }
      : filters.flag === "none"
        ? 0
        : filters.flag
          ? { in: masksWithBit(FLAG_ORDER.indexOf(filters.flag), FLAG_ORDER.length) }
          : undefined;
  const takenAt =
    filters.from || filters.to
      ? {
          ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00.000Z`) } : {}),
          ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + DAY_MS) } : {}),
        }
      : undefined;
  return {
    counsellorId,
    ...(filters.cohort ? { cohortId: filters.cohort } : {}),
    ...(filters.band ? { band: filters.band } : {}),
    ...(filters.background ? { backgroundId: filters.background } : {}),
    ...(flagMask !== undefined ? { flagMask } : {}),
    ...(takenAt ? { takenAt } : {}),
    ...(filters.reviewed === "yes" ? { reviewedAt: { not: null } } : filters.reviewed === "no" ? { reviewedAt: null } : {}),
    ...(filters.q ? { searchName: { contains: filters.q.toLowerCase() } } : {}),
    // Last in every dashboard index that starts with counsellorId, so this is checked in the index.
    ...(filters.attempts === "all" ? {} : { latest: true }),
  };
}

const SORT_COLUMNS: Record<SortKey, string> = {
  date: "takenAt",
  overall: "overallScore",
  education: "educationScore",
  skills: "skillsScore",
  temperament: "temperamentScore",
  name: "searchName",
};

function orderFor(sort: SortKey, dir: "asc" | "desc") {
  // The id breaks ties, so pages never repeat or skip a row.
  return [{ [SORT_COLUMNS[sort]]: dir }, { id: dir }];
}


const rowSelect = {
  id: true,
  displayName: true,
  email: true,
  cohortId: true,
  cohort: { select: { name: true } },
  takenAt: true,
  overallScore: true,
  band: true,
  educationScore: true,
  skillsScore: true,
  temperamentScore: true,
  backgroundId: true,
  flagMask: true,
  topGaps: true,
  reviewedAt: true,
  studentKey: true,
  latest: true,
  attemptNumber: true,
  attemptCount: true,
  previousOverall: true,
  previousBand: true,
  degreeId: true,
} as const satisfies Prisma.ShareSelect;

/** A CSV row also holds the skill levels the person chose: from the answers (about 1.3 KB, not the 20 KB result). */
const exportSelect = { ...rowSelect, assessment: { select: { answers: true } } } as const;

/** The rows as their selects read them, typed by Prisma rather than written out again. */
type RowRecord = Prisma.ShareGetPayload<{ select: typeof rowSelect }>;
type ExportRecord = Prisma.ShareGetPayload<{ select: typeof exportSelect }>;

function toRow(record: RowRecord): ResultRow {
  return {
    id: record.id,
    displayName: record.displayName,
    email: record.email,
    cohortId: record.cohortId,
    cohortName: record.cohort.name,
    takenAt: record.takenAt.toISOString(),
    overall: record.overallScore,
    band: record.band,
    education: record.educationScore,
    skills: record.skillsScore,
    temperament: record.temperamentScore,
    background: record.backgroundId,
    degree: record.degreeId ? degreeName(record.degreeId) : null,
    flags: fromMask(record.flagMask, FLAG_ORDER),
    topGaps: record.topGaps ? record.topGaps.split(",").slice(0, TOP_GAPS) : [],
    reviewed: record.reviewedAt !== null,
    latest: record.latest,
    attempt: attemptPlace(record),
  };
}

/**
 * A statement takes at most 999 parameters on SQLite (Prisma refuses more, P2029): id lists for a
 * CSV batch of 1,000 rows go in slices of at most 400.
 */
const SLICE = 400;
function slices<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += SLICE) out.push(items.slice(start, start + SLICE));
  return out;
}

/** Where a row stands among its student's attempts in its cohort (kept on the share by refreshAttempts). */
function attemptPlace(record: RowRecord): AttemptPlace | null {
  if (record.attemptCount < 2) return null;
  return {
    number: record.attemptNumber,
    count: record.attemptCount,
    previous:
      record.previousOverall !== null && record.previousBand !== null ? { overall: record.previousOverall, band: record.previousBand } : null,
  };
}


/**
 * Matches are counted up to this many. Counting every one of a million results would take the
 * first page from milliseconds to a quarter of a second on PostgreSQL (docs/performance.md), and
 * "more than 10,000" tells a counsellor as much: that is the time to filter, not to page.
 */
export const COUNT_LIMIT = 10_000;

export async function listResults(
  counsellorId: string,
  view: ResultView,
  db: Db = getDb(),
  { countLimit = COUNT_LIMIT }: { countLimit?: number } = {},
): Promise<ResultPage> {
  const where = whereFor(counsellorId, view);
  const orderBy = orderFor(view.sort, view.dir);
  const [counted, records] = await Promise.all([
    // A count with a limit needs an order (without one Prisma orders by id, and SQLite sorted all
    // of a counsellor's ids before stopping). The list's own order lets it walk that index and
    // stop; a name search walks the name index instead, whose entries hold the searched name.
    db.share.count({ where, orderBy: view.q ? orderFor("name", "asc") : orderBy, take: countLimit + 1 }),
    db.share.findMany({
      where,
      orderBy,
      skip: (view.page - 1) * view.pageSize,
      take: view.pageSize,
      select: rowSelect,
    }),
  ]);
  const totalAtLeast = counted > countLimit;
  const total = Math.min(counted, countLimit);
  const full = records.length === view.pageSize;
  return {
    rows: records.map((record) => toRow(record)),
    total,
    totalAtLeast,
    page: view.page,
    pageSize: view.pageSize,
    pageCount: Math.max(1, Math.ceil(total / view.pageSize), totalAtLeast && full ? view.page + 1 : 0),
  };
}

/**
 * Every matching row in the table's order, a batch at a time (keyset on the sort column and id
 * through Prisma's cursor), so an export of any size holds one batch in memory. Each batch's
 * notes come in one more query, by the batch's share ids.
 */
export async function* streamResults(
  counsellorId: string,
  view: Pick<ResultView, "sort" | "dir"> & ResultFilters,
  db: Db = getDb(),
  batchSize = 1_000,
): AsyncGenerator<ExportRow> {
  const where = whereFor(counsellorId, view);
  const orderBy = orderFor(view.sort, view.dir);
  let cursor: string | undefined;
  for (;;) {
    const records: ExportRecord[] = await db.share.findMany({
      where,
      orderBy,
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: exportSelect,
    });
    const notes = new Map<string, ExportRow["notes"]>();
    for (const slice of slices(records)) {
      const found = await db.note.findMany({
        where: { shareId: { in: slice.map((record) => record.id) } },
        orderBy: [{ shareId: "asc" }, { createdAt: "asc" }],
        select: { shareId: true, body: true, createdAt: true },
      });
      for (const note of found) {
        const list = notes.get(note.shareId) ?? [];
        list.push({ createdAt: note.createdAt.toISOString(), body: note.body });
        notes.set(note.shareId, list);
      }
    }
    for (const record of records) {
      yield { ...toRow(record), skillLevels: skillLevelsOfAnswers(record.assessment.answers), notes: notes.get(record.id) ?? [] };
    }
    if (records.length < batchSize) return;
    cursor = records[records.length - 1]!.id;
  }
}


function countBits(groups: { mask: number; count: number }[], order: readonly string[]) {
  const counts = order.map(() => 0);
  for (const { mask, count } of groups) {
    order.forEach((_, bit) => {
      if (mask & (1 << bit)) counts[bit]! += count;
    });
  }
  return order
    .map((id, bit) => ({ id, count: counts[bit]! }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.id) - order.indexOf(b.id));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * One pass over the matching rows: grouped by band, gap mask and flag mask, with counts and
 * score sums per group (a few hundred groups at most), then folded here into band counts,
 * averages and per-skill and per-flag counts.
 */
export async function cohortAnalytics(counsellorId: string, filters: ResultFilters, db: Db = getDb()): Promise<CohortAnalytics> {
  const groups = await db.share.groupBy({
    by: ["band", "gapMask", "flagMask"],
    where: whereFor(counsellorId, filters),
    _count: { _all: true },
    _sum: { overallScore: true, educationScore: true, skillsScore: true, temperamentScore: true },
  });
  const bandCounts = new Map<string, number>();
  const sums = { overall: 0, education: 0, skills: 0, temperament: 0 };
  let total = 0;
  for (const group of groups) {
    const count = group._count._all;
    total += count;
    bandCounts.set(group.band, (bandCounts.get(group.band) ?? 0) + count);
    sums.overall += Number(group._sum.overallScore ?? 0);
    sums.education += Number(group._sum.educationScore ?? 0);
    sums.skills += Number(group._sum.skillsScore ?? 0);
    sums.temperament += Number(group._sum.temperamentScore ?? 0);
  }
  const average = (sum: number) => (total ? round1(sum / total) : null);
  return {
    total,
    bands: BAND_IDS.map((band) => ({ band, count: bandCounts.get(band) ?? 0 })),
    averages: {
      overall: average(sums.overall),
      education: average(sums.education),
      skills: average(sums.skills),
      temperament: average(sums.temperament),
    },
    gaps: countBits(
      groups.map((group) => ({ mask: group.gapMask, count: group._count._all })),
      SKILL_ORDER,
    ).map(({ id, count }) => ({ skillId: id, count })),
    flags: countBits(
      groups.map((group) => ({ mask: group.flagMask, count: group._count._all })),
      FLAG_ORDER,
    ).map(({ id, count }) => ({ traitId: id, count })),
  };
}

export interface SharedAttempt {
  id: string;
  takenAt: Date;
  overall: number;
  band: string;
  /** The student's newest attempt in the cohort. */
  latest: boolean;
}

export interface SharedResult {
  id: string;
  displayName: string;
  email: string | null;
  cohort: { id: string; name: string };
  consentedAt: Date;
  /** The parent's or guardian's name when the student said they are under 18; null otherwise. */
  guardianName: string | null;
  reviewedAt: Date | null;
  takenAt: Date;
  profileId: string;
  answers: Answers;
  result: AssessmentResult;
  /** The student's attempts shared with this cohort (same studentKey), this one included, newest first. */
  attempts: SharedAttempt[];
  /** What changed since the attempt just before this one; null when this is their first here. */
  change: { previous: { id: string; takenAt: Date }; comparison: ResultComparison } | null;
  /** The "Try the work" exercise, when the student did it. */
  tryWork: TryWorkOutcome | null;
}

export async function getSharedResult(counsellorId: string, shareId: string, db: Db = getDb()): Promise<SharedResult | null> {
  if (!entityIdSchema.safeParse(shareId).success) return null;
  const share = await db.share.findFirst({
    where: { id: shareId, counsellorId },
    select: {
      id: true,
      displayName: true,
      email: true,
      consentedAt: true,
      under18: true,
      guardianName: true,
      reviewedAt: true,
      takenAt: true,
      cohortId: true,
      studentKey: true,
      cohort: { select: { name: true } },
      assessment: { select: { profileId: true, answers: true, result: true, tryWork: true } },
    },
  });
  if (!share) return null;

  // Scoped by the counsellor and the cohort on purpose: a student key alone is not an access check.
  const attempts = (
    await db.share.findMany({
      where: { counsellorId, cohortId: share.cohortId, studentKey: share.studentKey },
      orderBy: [{ takenAt: "desc" }, { id: "desc" }],
      select: { id: true, takenAt: true, overallScore: true, band: true, latest: true },
    })
  ).map((attempt) => ({ id: attempt.id, takenAt: attempt.takenAt, overall: attempt.overallScore, band: attempt.band, latest: attempt.latest }));

  const result = share.assessment.result as unknown as AssessmentResult;
  const previous = attempts[attempts.findIndex((attempt) => attempt.id === share.id) + 1];
  let change: SharedResult["change"] = null;
  if (previous) {
    const earlier = await db.share.findFirst({
      where: { id: previous.id, counsellorId },
      select: { assessment: { select: { result: true } } },
    });
    if (earlier) {
      const profile = profiles[share.assessment.profileId] ?? medicalCoderProfile;
      const traitNames = Object.fromEntries(profile.traits.map((trait) => [trait.id, trait.name]));
      change = {
        previous: { id: previous.id, takenAt: previous.takenAt },
        comparison: compareResults(earlier.assessment.result as unknown as AssessmentResult, result, traitNames),
      };
    }
  }

  return {
    id: share.id,
    displayName: share.displayName,
    email: share.email,
    cohort: { id: share.cohortId, name: share.cohort.name },
    consentedAt: share.consentedAt,
    guardianName: share.under18 ? share.guardianName : null,
    reviewedAt: share.reviewedAt,
    takenAt: share.takenAt,
    profileId: share.assessment.profileId,
    answers: share.assessment.answers as Answers,
    result,
    attempts,
    change,
    tryWork: readStoredTryWork(share.assessment.tryWork),
  };
}

/** Sets or clears the "reviewed" mark. Null when the result is not the counsellor's to mark. */
export async function setReviewed(
  counsellorId: string,
  shareId: string,
  reviewed: boolean,
  db: Db = getDb(),
): Promise<{ reviewedAt: Date | null } | null> {
  if (!entityIdSchema.safeParse(shareId).success) return null;
  const reviewedAt = reviewed ? new Date() : null;
  const { count } = await db.share.updateMany({ where: { id: shareId, counsellorId }, data: { reviewedAt } });
  return count ? { reviewedAt } : null;
}
