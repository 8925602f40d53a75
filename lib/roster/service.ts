import "server-only";
import { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { entityIdSchema } from "@/lib/validations/ids";
import { inviteTokenSchema } from "@/lib/validations/share";
import {
  addRosterSchema,
  linkShareSchema,
  MAX_ROSTER_ENTRIES,
  rosterEntryInputSchema,
  updateRosterEntrySchema,
} from "@/lib/validations/roster";
import { parseRosterText, rosterKey } from "./parse";
import { rosterWords, type RosterStatus } from "./words";

/**
 * A cohort's roster: the students its counsellor expects, and how far each has got (invited,
 * started, shared). Every counsellor function takes the counsellor's id and scopes by it, so
 * another counsellor's cohort, entry or share reads the same as one that does not exist: null
 * (a 404 above). An archived cohort's roster is read-only (RosterArchivedError, a 409 above).
 */

export class RosterArchivedError extends Error {
  constructor() {
    super(rosterWords.archived);
    this.name = "RosterArchivedError";
  }
}

/** Bad input found only once the database is read (too many names, a duplicate): a 422 with the field. */
function invalid(path: string, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [path], message, input: undefined }]);
}

export interface RosterShareView {
  id: string;
  displayName: string;
  overallScore: number;
  band: string;
  takenAt: Date;
}

export interface RosterEntryView {
  id: string;
  name: string;
  rollNumber: string | null;
  status: RosterStatus;
  startedAt: Date | null;
  /** The newest share matched to this student in the cohort, when there is one. */
  share: RosterShareView | null;
}

export interface RosterCounts {
  total: number;
  shared: number;
  started: number;
  invited: number;
}

export interface RosterView {
  cohortId: string;
  cohortName: string;
  archived: boolean;
  entries: RosterEntryView[];
  counts: RosterCounts;
  /** Each student's newest share in the cohort that no roster entry is matched to. */
  unmatched: RosterShareView[];
}

const shareSelect = { id: true, displayName: true, overallScore: true, band: true, takenAt: true, rosterEntryId: true } as const;

async function ownCohort(counsellorId: string, cohortId: string, db: Db) {
  if (!entityIdSchema.safeParse(cohortId).success) return null;
  return db.cohort.findFirst({ where: { id: cohortId, counsellorId }, select: { id: true, name: true, archivedAt: true } });
}

const toShareView = ({ rosterEntryId: _entry, ...share }: { rosterEntryId: string | null } & RosterShareView): RosterShareView => share;

export async function getRoster(counsellorId: string, cohortId: string, db: Db = getDb()): Promise<RosterView | null> {
  const cohort = await ownCohort(counsellorId, cohortId, db);
  if (!cohort) return null;
  const [entries, matched, unmatched] = await Promise.all([
    db.rosterEntry.findMany({
      where: { cohortId, counsellorId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, rollNumber: true, startedAt: true },
    }),
    db.share.findMany({
      where: { cohortId, counsellorId, rosterEntryId: { not: null } },
      orderBy: [{ takenAt: "desc" }, { id: "desc" }],
      select: shareSelect,
    }),
    db.share.findMany({
      where: { cohortId, counsellorId, rosterEntryId: null, latest: true },
      orderBy: [{ takenAt: "desc" }, { id: "desc" }],
      select: shareSelect,
    }),
  ]);
  // Newest first, so the first share seen for an entry is its latest.
  const latestOf = new Map<string, RosterShareView>();
  for (const share of matched) if (!latestOf.has(share.rosterEntryId!)) latestOf.set(share.rosterEntryId!, toShareView(share));

  const views: RosterEntryView[] = entries.map((entry) => {
    const share = latestOf.get(entry.id) ?? null;
    const status: RosterStatus = share ? "shared" : entry.startedAt ? "started" : "invited";
    return { ...entry, status, share };
  });
  const count = (status: RosterStatus) => views.filter((view) => view.status === status).length;
  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    archived: cohort.archivedAt !== null,
    entries: views,
    counts: { total: views.length, shared: count("shared"), started: count("started"), invited: count("invited") },
    unmatched: unmatched.map(toShareView),
  };
}

export interface AddRosterOutcome {
  added: number;
  /** Lines already on the roster (or earlier in the same list), not added again. */
  duplicates: { name: string; rollNumber: string | null; line: number }[];
}

/**
 * Adds the students in a pasted list or a CSV file's text. Each line's name and roll number are
 * checked like a typed name; a problem on any line adds nothing and names the line.
 */
export async function addRosterEntries(counsellorId: string, cohortId: string, input: unknown, db: Db = getDb()): Promise<AddRosterOutcome | null> {
  const { text } = addRosterSchema.parse(input);
  const cohort = await ownCohort(counsellorId, cohortId, db);
  if (!cohort) return null;
  if (cohort.archivedAt) throw new RosterArchivedError();

  const lines = parseRosterText(text);
  if (lines.length === 0) throw invalid("text", rosterWords.textRequired);
  if (lines.length > MAX_ROSTER_ENTRIES) throw invalid("text", rosterWords.tooMany(0, lines.length, MAX_ROSTER_ENTRIES));
  const problems: z.core.$ZodIssue[] = [];
  const entries = lines.flatMap((line) => {
    const parsed = rosterEntryInputSchema.safeParse({ name: line.name, rollNumber: line.rollNumber });
    if (parsed.success) return [{ ...parsed.data, line: line.line }];
    problems.push({ code: "custom", path: ["text"], message: rosterWords.lineProblem(line.line, parsed.error.issues[0]!.message), input: undefined });
    return [];
  });
  if (problems.length > 0) throw new z.ZodError(problems.slice(0, 10));

  const existing = await db.rosterEntry.findMany({ where: { cohortId, counsellorId }, select: { name: true, rollNumber: true, position: true } });
  const seen = new Set(existing.map((entry) => rosterKey(entry.name, entry.rollNumber)));
  const duplicates: AddRosterOutcome["duplicates"] = [];
  const fresh = entries.filter((entry) => {
    const key = rosterKey(entry.name, entry.rollNumber);
    if (seen.has(key)) {
      duplicates.push({ name: entry.name, rollNumber: entry.rollNumber ?? null, line: entry.line });
      return false;
    }
    seen.add(key);
    return true;
  });
  if (existing.length + fresh.length > MAX_ROSTER_ENTRIES) {
    throw invalid("text", rosterWords.tooMany(existing.length, fresh.length, MAX_ROSTER_ENTRIES));
  }
  const start = existing.reduce((max, entry) => Math.max(max, entry.position + 1), 0);
  if (fresh.length > 0) {
    await db.rosterEntry.createMany({
      data: fresh.map((entry, index) => ({
        id: newId(),
        cohortId,
        counsellorId,
        name: entry.name,
        searchName: entry.name.toLowerCase(),
        rollNumber: entry.rollNumber ?? null,
        position: start + index,
      })),
    });
  }
  return { added: fresh.length, duplicates };
}

async function ownEntry(counsellorId: string, cohortId: string, entryId: string, db: Db) {
  if (!entityIdSchema.safeParse(entryId).success) return null;
  const cohort = await ownCohort(counsellorId, cohortId, db);
  if (!cohort) return null;
  const entry = await db.rosterEntry.findFirst({ where: { id: entryId, cohortId, counsellorId }, select: { id: true, name: true, rollNumber: true } });
  return entry ? { cohort, entry } : null;
}

/** Renames an entry or changes its roll number; the same name and roll number as another entry is refused. */
export async function updateRosterEntry(
  counsellorId: string,
  cohortId: string,
  entryId: string,
  input: unknown,
  db: Db = getDb(),
): Promise<{ id: string; name: string; rollNumber: string | null } | null> {
  const changes = updateRosterEntrySchema.parse(input);
  const found = await ownEntry(counsellorId, cohortId, entryId, db);
  if (!found) return null;
  if (found.cohort.archivedAt) throw new RosterArchivedError();
  const name = changes.name ?? found.entry.name;
  const rollNumber = changes.rollNumber === undefined ? found.entry.rollNumber : (changes.rollNumber ?? null);
  const others = await db.rosterEntry.findMany({
    where: { cohortId, counsellorId, searchName: name.toLowerCase(), NOT: { id: entryId } },
    select: { name: true, rollNumber: true },
  });
  if (others.some((other) => rosterKey(other.name, other.rollNumber) === rosterKey(name, rollNumber))) {
    throw invalid("name", rosterWords.duplicateEntry);
  }
  await db.rosterEntry.updateMany({ where: { id: entryId, counsellorId }, data: { name, searchName: name.toLowerCase(), rollNumber } });
  return { id: entryId, name, rollNumber };
}

/** Removes an entry; shares matched to it stay, unmatched. False when nothing matched. */
export async function deleteRosterEntry(counsellorId: string, cohortId: string, entryId: string, db: Db = getDb()): Promise<boolean> {
  const found = await ownEntry(counsellorId, cohortId, entryId, db);
  if (!found) return false;
  if (found.cohort.archivedAt) throw new RosterArchivedError();
  // The foreign key sets it null too; done here as well so it never depends on the driver's settings.
  await db.$transaction([
    db.share.updateMany({ where: { rosterEntryId: entryId, counsellorId }, data: { rosterEntryId: null } }),
    db.rosterEntry.deleteMany({ where: { id: entryId, counsellorId } }),
  ]);
  return true;
}

/**
 * Matches a shared result to a roster entry of the same cohort (the counsellor's fix), or
 * unmatches it (`rosterEntryId: null`). Every attempt of the same student in the cohort follows,
 * so a retake stays with its name. Null when the share or the entry is not the counsellor's.
 */
export async function linkShareToRoster(
  counsellorId: string,
  shareId: string,
  input: unknown,
  db: Db = getDb(),
): Promise<{ shareId: string; rosterEntryId: string | null } | null> {
  return setShareEntry(counsellorId, shareId, linkShareSchema.parse(input).rosterEntryId, db);
}

export async function unlinkShareFromRoster(counsellorId: string, shareId: string, db: Db = getDb()) {
  return setShareEntry(counsellorId, shareId, null, db);
}

async function setShareEntry(counsellorId: string, shareId: string, rosterEntryId: string | null, db: Db) {
  if (!entityIdSchema.safeParse(shareId).success) return null;
  const share = await db.share.findFirst({
    where: { id: shareId, counsellorId },
    select: { cohortId: true, studentKey: true, cohort: { select: { archivedAt: true } } },
  });
  if (!share) return null;
  if (rosterEntryId) {
    const entry = await db.rosterEntry.findFirst({ where: { id: rosterEntryId, counsellorId }, select: { cohortId: true } });
    if (!entry) return null;
    if (entry.cohortId !== share.cohortId) throw invalid("rosterEntryId", rosterWords.linkOtherCohort);
  }
  if (share.cohort.archivedAt) throw new RosterArchivedError();
  await db.share.updateMany({ where: { cohortId: share.cohortId, studentKey: share.studentKey, counsellorId }, data: { rosterEntryId } });
  return { shareId, rosterEntryId };
}

/* ---------- The student's side: no account, only the invite ---------- */

export interface RosterName {
  id: string;
  name: string;
}

/** The names on a cohort's roster, in the counsellor's order: names only, never roll numbers. */
export async function listRosterNames(cohortId: string, db: Db = getDb()): Promise<RosterName[]> {
  return db.rosterEntry.findMany({ where: { cohortId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

/** True when the entry is on this cohort's roster (a share's choice is checked with it). */
export async function rosterEntryInCohort(cohortId: string, entryId: string, db: Db = getDb()): Promise<boolean> {
  if (!entityIdSchema.safeParse(entryId).success) return false;
  return (await db.rosterEntry.count({ where: { id: entryId, cohortId } })) > 0;
}

/**
 * The student picked their name on the invite page before starting: the entry is "started"
 * from then (the first time counts). False when the invite or the entry is unknown, or the
 * cohort takes no results.
 */
export async function markRosterStarted(inviteToken: string, entryId: string, db: Db = getDb()): Promise<boolean> {
  if (!inviteTokenSchema.safeParse(inviteToken).success || !entityIdSchema.safeParse(entryId).success) return false;
  const cohort = await db.cohort.findUnique({ where: { inviteToken }, select: { id: true, invitesOpen: true, archivedAt: true } });
  if (!cohort || !cohort.invitesOpen || cohort.archivedAt) return false;
  const entry = await db.rosterEntry.findFirst({ where: { id: entryId, cohortId: cohort.id }, select: { startedAt: true } });
  if (!entry) return false;
  if (!entry.startedAt) await db.rosterEntry.updateMany({ where: { id: entryId, startedAt: null }, data: { startedAt: new Date() } });
  return true;
}
