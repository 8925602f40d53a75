import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createAssessment } from "@/lib/assessments/service";
import { createCohort, updateCohort } from "@/lib/cohorts/service";
import {
  addRosterEntries,
  deleteRosterEntry,
  getRoster,
  linkShareToRoster,
  listRosterNames,
  markRosterStarted,
  RosterArchivedError,
  unlinkShareFromRoster,
  updateRosterEntry,
} from "@/lib/roster/service";
import { shareByCode, shareByInvite, withdrawShare } from "@/lib/shares/service";
import { createRandom, demoAnswers } from "@/lib/seed/demo-answers";
import { newCounsellor, providers, useMigratedDatabase } from "../support/databases";

let counter = 0;
const key = () => `roster_${Date.now().toString(36)}_${(counter++).toString().padStart(6, "0")}`;

/** The issues a rejected call's ZodError carries, as "path: message". */
async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZodError) return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw error;
  }
  throw new Error("expected a ZodError");
}

describe.each(providers.filter((p) => p.enabled))("cohort roster on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;

  const counsellor = (name: string) => newCounsellor(db(), name);

  async function result(seed: number, previous?: { previousId: string; previousOwnerKey: string }) {
    const { assessment, ownerKey } = await createAssessment({ answers: demoAnswers(createRandom(seed)), submissionKey: key(), ...previous }, db());
    return { id: assessment.id, ownerKey: ownerKey!, score: assessment.overallScore };
  }

  async function shared(inviteToken: string, displayName: string, seed: number, rosterEntryId?: string) {
    const taken = await result(seed);
    const outcome = await shareByInvite(taken.id, { inviteToken, displayName, consent: true, ...(rosterEntryId ? { rosterEntryId } : {}) }, db());
    if (outcome.status !== "shared") throw new Error(outcome.status);
    return { ...taken, shareId: outcome.shareId };
  }

  it("adds a pasted list, reports duplicates instead of adding them twice, and refuses more than 500", async () => {
    const asha = await counsellor("asha");
    const cohort = await createCohort(asha, { name: "B.Sc 2026" }, db());
    const added = await addRosterEntries(asha, cohort.id, { text: "Name, Roll number\nAsha Rao, 21B014\n\nRavi Menon\t21B015\nasha rao ,21b014\nPriya S\n" }, db());
    expect(added).toEqual({ added: 3, duplicates: [{ name: "asha rao", rollNumber: "21b014", line: 5 }] });
    // Against what is already there too; the same name with another roll number is another student.
    const again = await addRosterEntries(asha, cohort.id, { text: "PRIYA S\nAsha Rao, 21B099" }, db());
    expect(again).toEqual({ added: 1, duplicates: [{ name: "PRIYA S", rollNumber: null, line: 1 }] });

    const roster = (await getRoster(asha, cohort.id, db()))!;
    expect(roster.entries.map((entry) => [entry.name, entry.rollNumber, entry.status])).toEqual([
      ["Asha Rao", "21B014", "invited"],
      ["Ravi Menon", "21B015", "invited"],
      ["Priya S", null, "invited"],
      ["Asha Rao", "21B099", "invited"],
    ]);
    expect(roster.counts).toEqual({ total: 4, shared: 0, started: 0, invited: 4 });

    // A bad line adds nothing and names the line.
    expect(await issuesOf(addRosterEntries(asha, cohort.id, { text: "Good Name\n, 21B777\nBad\u0000Name" }, db()))).toEqual([
      expect.stringMatching(/^text: Line 2: Enter the student's name/),
      expect.stringMatching(/^text: Line 3: .*hidden/),
    ]);
    expect(await issuesOf(addRosterEntries(asha, cohort.id, { text: "   \n" }, db()))).toEqual([expect.stringMatching(/^text: /)]);
    const many = Array.from({ length: 497 }, (_, i) => `Student ${i}`).join("\n");
    expect(await issuesOf(addRosterEntries(asha, cohort.id, { text: many }, db()))).toEqual([expect.stringMatching(/at most 500.*has 4.*add 497/)]);
    expect((await getRoster(asha, cohort.id, db()))!.counts.total).toBe(4);
    const tooMany = Array.from({ length: 501 }, (_, i) => `Student ${i}`).join("\n");
    const other = await createCohort(asha, { name: "Empty" }, db());
    expect(await issuesOf(addRosterEntries(asha, other.id, { text: tooMany }, db()))).toEqual([expect.stringMatching(/at most 500.*501/)]);
    expect(await addRosterEntries(asha, other.id, { text: Array.from({ length: 500 }, (_, i) => `S ${i}`).join("\n") }, db())).toMatchObject({ added: 500 });
  });

  it("shows invited, started and shared per student, with the latest share's score, and the unmatched shares", async () => {
    const asha = await counsellor("asha");
    const cohort = await createCohort(asha, { name: "Batch A" }, db());
    await addRosterEntries(asha, cohort.id, { text: "Asha\nRavi\nPriya\nKiran\nMeena" }, db());
    const [a, r, p] = (await getRoster(asha, cohort.id, db()))!.entries;
    // The student side sees names only.
    expect(await listRosterNames(cohort.id, db())).toEqual([
      { id: a!.id, name: "Asha" },
      { id: r!.id, name: "Ravi" },
      { id: p!.id, name: "Priya" },
      expect.objectContaining({ name: "Kiran" }),
      expect.objectContaining({ name: "Meena" }),
    ]);

    expect(await markRosterStarted(cohort.inviteToken, r!.id, db())).toBe(true);
    expect(await markRosterStarted(cohort.inviteToken, "AAAAAAAAAAAAAAAAAAAAAAAA", db())).toBe(false);
    const first = await shared(cohort.inviteToken, "Asha R", 1, a!.id);
    const loose = await shared(cohort.inviteToken, "Unknown Student", 2);

    let roster = (await getRoster(asha, cohort.id, db()))!;
    expect(roster.counts).toEqual({ total: 5, shared: 1, started: 1, invited: 3 });
    expect(roster.entries[0]).toMatchObject({ status: "shared", share: { id: first.shareId, displayName: "Asha R", overallScore: first.score } });
    expect(roster.entries[1]).toMatchObject({ status: "started", share: null });
    expect(roster.entries[1]!.startedAt).toBeInstanceOf(Date);
    expect(roster.unmatched.map((share) => share.id)).toEqual([loose.shareId]);

    // A retake joins the same student and keeps the name; the roster shows the newest attempt.
    const retake = await result(3, { previousId: first.id, previousOwnerKey: first.ownerKey });
    const outcome = await shareByInvite(retake.id, { inviteToken: cohort.inviteToken, displayName: "Asha R", consent: true }, db());
    if (outcome.status !== "shared") throw new Error(outcome.status);
    roster = (await getRoster(asha, cohort.id, db()))!;
    expect(roster.entries[0]!.share!.id).toBe(outcome.shareId);
    expect(roster.counts.shared).toBe(1);

    // An explicit pick on a retake overrides the inherited name.
    const retake2 = await result(4, { previousId: retake.id, previousOwnerKey: retake.ownerKey });
    const moved = await shareByInvite(retake2.id, { inviteToken: cohort.inviteToken, displayName: "Priya", consent: true, rosterEntryId: p!.id }, db());
    if (moved.status !== "shared") throw new Error(moved.status);
    expect((await db().share.findUniqueOrThrow({ where: { id: moved.shareId } })).rosterEntryId).toBe(p!.id);
  });

  it("checks a picked name belongs to the cohort: refused when sharing by code, dropped from a quiz submission", async () => {
    const asha = await counsellor("asha");
    const cohort = await createCohort(asha, { name: "Batch A" }, db());
    const elsewhere = await createCohort(asha, { name: "Batch B" }, db());
    await addRosterEntries(asha, elsewhere.id, { text: "Outsider" }, db());
    const [outsider] = (await getRoster(asha, elsewhere.id, db()))!.entries;

    const taken = await result(5);
    expect(
      await issuesOf(shareByCode(taken.id, { code: cohort.code, displayName: "Outsider", consent: true, rosterEntryId: outsider!.id }, db())),
    ).toEqual([expect.stringMatching(/^rosterEntryId: /)]);
    expect(await db().share.count({ where: { assessmentId: taken.id } })).toBe(0);
    // "My name is not on the list" is the empty choice.
    expect(await shareByCode(taken.id, { code: cohort.code, displayName: "Outsider", consent: true, rosterEntryId: "" }, db())).toMatchObject({ status: "shared" });

    const fromQuiz = await shared(cohort.inviteToken, "Outsider", 6, outsider!.id);
    expect((await db().share.findUniqueOrThrow({ where: { id: fromQuiz.shareId } })).rosterEntryId).toBeNull();
  });

  it("links and unlinks a share only within its cohort and its counsellor; foreign ids are not found", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const cohort = await createCohort(asha, { name: "Batch A" }, db());
    const second = await createCohort(asha, { name: "Batch B" }, db());
    const raviCohort = await createCohort(ravi, { name: "Ravi's" }, db());
    await addRosterEntries(asha, cohort.id, { text: "Asha\nKiran" }, db());
    await addRosterEntries(asha, second.id, { text: "Other cohort" }, db());
    await addRosterEntries(ravi, raviCohort.id, { text: "Ravi's student" }, db());
    const [entry] = (await getRoster(asha, cohort.id, db()))!.entries;
    const [otherCohortEntry] = (await getRoster(asha, second.id, db()))!.entries;
    const [raviEntry] = (await getRoster(ravi, raviCohort.id, db()))!.entries;
    const share = await shared(cohort.inviteToken, "A. Student", 7);
    const raviShare = await shared(raviCohort.inviteToken, "R. Student", 8);

    expect(await linkShareToRoster(asha, share.shareId, { rosterEntryId: entry!.id }, db())).toEqual({ shareId: share.shareId, rosterEntryId: entry!.id });
    expect((await getRoster(asha, cohort.id, db()))!.entries[0]!.status).toBe("shared");
    expect(await issuesOf(linkShareToRoster(asha, share.shareId, { rosterEntryId: otherCohortEntry!.id }, db()))).toEqual([
      expect.stringMatching(/^rosterEntryId: .*another cohort/),
    ]);
    // Another counsellor's share or entry, or an unknown one, reads as not found.
    expect(await linkShareToRoster(asha, share.shareId, { rosterEntryId: raviEntry!.id }, db())).toBeNull();
    expect(await linkShareToRoster(asha, raviShare.shareId, { rosterEntryId: entry!.id }, db())).toBeNull();
    expect(await linkShareToRoster(ravi, share.shareId, { rosterEntryId: raviEntry!.id }, db())).toBeNull();
    expect(await linkShareToRoster(asha, "AAAAAAAAAAAAAAAAAAAAAAAA", { rosterEntryId: entry!.id }, db())).toBeNull();
    expect(await unlinkShareFromRoster(ravi, share.shareId, db())).toBeNull();
    await expect(linkShareToRoster(asha, share.shareId, { rosterEntryId: "not an id" }, db())).rejects.toThrow(ZodError);
    expect((await db().share.findUniqueOrThrow({ where: { id: share.shareId } })).rosterEntryId).toBe(entry!.id);

    // The other counsellor sees nothing of the roster, and cannot change it.
    expect(await getRoster(ravi, cohort.id, db())).toBeNull();
    expect(await addRosterEntries(ravi, cohort.id, { text: "Intruder" }, db())).toBeNull();
    expect(await updateRosterEntry(ravi, cohort.id, entry!.id, { name: "Renamed" }, db())).toBeNull();
    expect(await updateRosterEntry(ravi, raviCohort.id, entry!.id, { name: "Renamed" }, db())).toBeNull();
    expect(await deleteRosterEntry(ravi, cohort.id, entry!.id, db())).toBe(false);
    expect(await deleteRosterEntry(asha, second.id, entry!.id, db())).toBe(false);
    expect((await getRoster(asha, cohort.id, db()))!.entries.map((e) => e.name)).toEqual(["Asha", "Kiran"]);

    expect(await unlinkShareFromRoster(asha, share.shareId, db())).toEqual({ shareId: share.shareId, rosterEntryId: null });
    const roster = (await getRoster(asha, cohort.id, db()))!;
    expect(roster.counts.shared).toBe(0);
    expect(roster.unmatched.map((s) => s.id)).toEqual([share.shareId]);
  });

  it("renames and removes entries; removing keeps the share, unmatched; a withdrawn share leaves the entry not shared", async () => {
    const asha = await counsellor("asha");
    const cohort = await createCohort(asha, { name: "Batch A" }, db());
    await addRosterEntries(asha, cohort.id, { text: "Asha, 1\nRavi, 2" }, db());
    const [a, r] = (await getRoster(asha, cohort.id, db()))!.entries;
    expect(await updateRosterEntry(asha, cohort.id, a!.id, { name: " Asha  Rao ", rollNumber: "" }, db())).toEqual({ id: a!.id, name: "Asha Rao", rollNumber: null });
    expect(await issuesOf(updateRosterEntry(asha, cohort.id, r!.id, { name: "asha rao", rollNumber: null }, db()))).toEqual([
      expect.stringMatching(/^name: Another student/),
    ]);

    const share = await shared(cohort.inviteToken, "Asha", 9, a!.id);
    expect(await deleteRosterEntry(asha, cohort.id, a!.id, db())).toBe(true);
    const kept = await db().share.findUniqueOrThrow({ where: { id: share.shareId } });
    expect(kept.rosterEntryId).toBeNull();
    let roster = (await getRoster(asha, cohort.id, db()))!;
    expect(roster.entries.map((e) => e.name)).toEqual(["Ravi"]);
    expect(roster.unmatched.map((s) => s.id)).toEqual([share.shareId]);

    const ravi = await shared(cohort.inviteToken, "Ravi", 10, r!.id);
    expect((await getRoster(asha, cohort.id, db()))!.entries[0]!.status).toBe("shared");
    expect(await withdrawShare(ravi.id, ravi.shareId, db())).toBe(true);
    roster = (await getRoster(asha, cohort.id, db()))!;
    expect(roster.entries[0]!.status).toBe("invited");
  });

  it("keeps an archived cohort's roster read-only, and records no start there", async () => {
    const asha = await counsellor("asha");
    const cohort = await createCohort(asha, { name: "Batch A" }, db());
    await addRosterEntries(asha, cohort.id, { text: "Asha" }, db());
    const [entry] = (await getRoster(asha, cohort.id, db()))!.entries;
    const share = await shared(cohort.inviteToken, "Somebody", 11);
    await updateCohort(asha, cohort.id, { archived: true }, db());

    expect((await getRoster(asha, cohort.id, db()))!.archived).toBe(true);
    await expect(addRosterEntries(asha, cohort.id, { text: "New" }, db())).rejects.toThrow(RosterArchivedError);
    await expect(updateRosterEntry(asha, cohort.id, entry!.id, { name: "New" }, db())).rejects.toThrow(RosterArchivedError);
    await expect(deleteRosterEntry(asha, cohort.id, entry!.id, db())).rejects.toThrow(RosterArchivedError);
    await expect(linkShareToRoster(asha, share.shareId, { rosterEntryId: entry!.id }, db())).rejects.toThrow(RosterArchivedError);
    await expect(unlinkShareFromRoster(asha, share.shareId, db())).rejects.toThrow(RosterArchivedError);
    expect(await markRosterStarted(cohort.inviteToken, entry!.id, db())).toBe(false);
    const roster = (await getRoster(asha, cohort.id, db()))!;
    expect(roster.entries.map((e) => [e.name, e.status])).toEqual([["Asha", "invited"]]);

    await updateCohort(asha, cohort.id, { archived: false }, db());
    expect(await addRosterEntries(asha, cohort.id, { text: "New" }, db())).toMatchObject({ added: 1 });
  });
});
