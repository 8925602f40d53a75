import { describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/assessments/service";
import { createAuth } from "@/lib/auth/server";
import { createCohort, findInviteByCode, getCohort, listCohorts, updateCohort } from "@/lib/cohorts/service";
import { parseEnv } from "@/lib/env";
import { readResultView, type ResultView } from "@/lib/counsellor/filters";
import { addNote, deleteNote, listNotes, updateNote } from "@/lib/notes/service";
import { cohortAnalytics, getSharedResult, listResults, setReviewed, streamResults } from "@/lib/shares/counsellor";
import { listSharesOfAssessment, shareByCode, shareByInvite, withdrawShare } from "@/lib/shares/service";
import { createRandom, demoAnswers } from "@/lib/seed/demo-answers";
import { newCounsellor, providers, useMigratedDatabase } from "../support/databases";

const view = (params: Record<string, string> = {}): ResultView => readResultView(params);
let counter = 0;
const key = () => `key_${Date.now().toString(36)}_${(counter++).toString().padStart(6, "0")}`;

describe.each(providers.filter((p) => p.enabled))("counsellor workspace on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;

  const counsellor = (name: string) => newCounsellor(db(), name);

  async function shared(inviteToken: string, displayName: string, seed: number, previous?: { previousId: string; previousOwnerKey: string }) {
    const { assessment, ownerKey } = await createAssessment({ answers: demoAnswers(createRandom(seed)), submissionKey: key(), ...previous }, db());
    const outcome = await shareByInvite(assessment.id, { inviteToken, displayName, consent: true }, db());
    if (outcome.status !== "shared") throw new Error(outcome.status);
    return { assessmentId: assessment.id, ownerKey: ownerKey!, shareId: outcome.shareId, result: assessment.result };
  }

  it("signs counsellors up and in with Better Auth, keeping sessions in this database", async () => {
    const auth = createAuth(state.handle, parseEnv({ AUTH_BREACH_CHECK: "off", BETTER_AUTH_SECRET: "x".repeat(40) }));
    const email = `asha.${Math.random().toString(36).slice(2, 8)}@example.org`;
    await auth.api.signUpEmail({ body: { name: "Asha Rao", email, password: "a long enough password" } });
    await expect(auth.api.signUpEmail({ body: { name: "Asha", email, password: "short" } })).rejects.toThrow(/too short/i);
    // The name is held to the form's rules on the server too, and stored trimmed.
    for (const name of ["", "   ", "A\u0000sha", "x".repeat(81), "Asha\ud800"]) {
      const other = `other.${Math.random().toString(36).slice(2, 8)}@example.org`;
      await expect(auth.api.signUpEmail({ body: { name, email: other, password: "a long enough password" } }), JSON.stringify(name)).rejects.toThrow();
      expect(await db().user.count({ where: { email: other } })).toBe(0);
    }
    const spaced = `spaced.${Math.random().toString(36).slice(2, 8)}@example.org`;
    await auth.api.signUpEmail({ body: { name: "  Ravi Menon ", email: spaced, password: "a long enough password" } });
    expect((await db().user.findUniqueOrThrow({ where: { email: spaced } })).name).toBe("Ravi Menon");

    const signIn = await auth.api.signInEmail({ body: { email, password: "a long enough password" }, returnHeaders: true });
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.email).toBe(email);
    expect(await db().session.count({ where: { userId: session!.user.id } })).toBe(1);
    // The password is stored only as Better Auth's hash.
    const account = await db().account.findFirstOrThrow({ where: { userId: session!.user.id } });
    expect(account.password).not.toContain("a long enough password");

    await expect(auth.api.signInEmail({ body: { email, password: "the wrong password" } })).rejects.toThrow(/invalid email or password/i);
    await expect(auth.api.signInEmail({ body: { email: "nobody@example.org", password: "the wrong password" } })).rejects.toThrow(
      /invalid email or password/i,
    );
  });

  it("keeps cohorts to their counsellor and gives each a link token and a readable code", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const cohort = await createCohort(asha, { name: "  B.Sc Microbiology 2026, Pune " }, db());
    expect(cohort.name).toBe("B.Sc Microbiology 2026, Pune");
    expect(cohort.inviteToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(cohort.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);

    expect(await getCohort(ravi, cohort.id, db())).toBeNull();
    expect(await updateCohort(ravi, cohort.id, { invitesOpen: false }, db())).toBeNull();
    expect((await listCohorts(ravi, db())).map((c) => c.id)).not.toContain(cohort.id);

    const spaced = `${cohort.code.slice(0, 4).toLowerCase()} ${cohort.code.slice(4)}`;
    expect((await findInviteByCode(spaced, db()))?.cohortId).toBe(cohort.id);
    expect(await updateCohort(asha, cohort.id, { invitesOpen: false }, db())).toMatchObject({ invitesOpen: false });
  });

  it("shares only with consent, not into a closed cohort, and withdraws at once", async () => {
    const asha = await counsellor("asha");
    const cohort = await createCohort(asha, { name: "Batch A" }, db());
    const { assessment } = await createAssessment({ answers: demoAnswers(createRandom(1)), submissionKey: key() }, db());

    await expect(shareByInvite(assessment.id, { inviteToken: cohort.inviteToken, displayName: "Priya" }, db())).rejects.toThrow();
    await expect(
      shareByInvite(assessment.id, { inviteToken: cohort.inviteToken, displayName: "Priya", consent: false }, db()),
    ).rejects.toThrow();
    expect(await db().share.count({ where: { assessmentId: assessment.id } })).toBe(0);

    const outcome = await shareByCode(assessment.id, { code: cohort.code, displayName: "Priya Nair", email: "", consent: true }, db());
    expect(outcome.status).toBe("shared");
    // Sharing again with the same cohort updates the one share.
    await shareByCode(assessment.id, { code: cohort.code, displayName: "Priya N.", consent: true }, db());
    const shares = await listSharesOfAssessment(assessment.id, db());
    expect(shares).toHaveLength(1);
    expect(shares[0]).toMatchObject({ displayName: "Priya N.", email: null, cohortName: "Batch A" });

    const shareId = shares[0]!.id;
    await addNote(asha, shareId, { body: "Discussed CPC-A." }, db());
    expect((await listResults(asha, view(), db())).total).toBe(1);
    expect(await withdrawShare("A".repeat(24), shareId, db())).toBe(false);
    expect(await withdrawShare(assessment.id, shareId, db())).toBe(true);
    expect((await listResults(asha, view(), db())).total).toBe(0);
    expect(await getSharedResult(asha, shareId, db())).toBeNull();
    expect(await db().note.count({ where: { shareId } })).toBe(0);

    await updateCohort(asha, cohort.id, { invitesOpen: false }, db());
    expect((await shareByInvite(assessment.id, { inviteToken: cohort.inviteToken, displayName: "Priya", consent: true }, db())).status).toBe(
      "closed",
    );
  });

  it("filters, sorts and pages one counsellor's results, and the analytics count the same rows", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const pune = await createCohort(asha, { name: "Pune" }, db());
    const hyd = await createCohort(asha, { name: "Hyderabad" }, db());
    const other = await createCohort(ravi, { name: "Ravi's batch" }, db());
    const made: Awaited<ReturnType<typeof shared>>[] = [];
    for (let i = 0; i < 24; i++) made.push(await shared((i % 2 ? pune : hyd).inviteToken, `Student ${i}`, 100 + i));
    await shared(other.inviteToken, "Someone else", 999);

    const all = await listResults(asha, view({ pageSize: "10" }), db());
    expect(all.total).toBe(24);
    expect(all.totalAtLeast).toBe(false);
    expect(all.pageCount).toBe(3);
    // Past the counting limit the total is a lower bound, and the next page stays reachable while pages are full.
    const capped = await listResults(asha, view({ pageSize: "10" }), db(), { countLimit: 15 });
    expect(capped).toMatchObject({ total: 15, totalAtLeast: true, pageCount: 2 });
    expect(capped.rows.map((row) => row.id)).toEqual(all.rows.map((row) => row.id));
    expect(await listResults(asha, view({ pageSize: "10", page: "2" }), db(), { countLimit: 15 })).toMatchObject({ totalAtLeast: true, pageCount: 3 });
    expect(await listResults(asha, view({ pageSize: "10" }), db(), { countLimit: 24 })).toMatchObject({ total: 24, totalAtLeast: false });
    const pages = [all, await listResults(asha, view({ pageSize: "10", page: "2" }), db()), await listResults(asha, view({ pageSize: "10", page: "3" }), db())];
    const ids = pages.flatMap((page) => page.rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(24);
    expect(ids.every((id) => made.some((m) => m.shareId === id))).toBe(true);

    const byOverall = await listResults(asha, view({ sort: "overall", dir: "asc", pageSize: "100" }), db());
    const overall = byOverall.rows.map((row) => row.overall);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));

    expect((await listResults(asha, view({ cohort: pune.id }), db())).total).toBe(12);
    expect((await listResults(asha, view({ cohort: other.id }), db())).total).toBe(0);
    expect((await listResults(asha, view({ q: "STUDENT 1" }), db())).total).toBe(11); // 1, 10–19

    const flagged = made.filter((m) => m.result.traits.flags.length > 0).length;
    expect((await listResults(asha, view({ flag: "any" }), db())).total).toBe(flagged);
    expect((await listResults(asha, view({ flag: "none" }), db())).total).toBe(24 - flagged);
    const firstFlag = made.flatMap((m) => m.result.traits.flags.map((f) => f.traitId))[0];
    if (firstFlag) {
      const withIt = made.filter((m) => m.result.traits.flags.some((f) => f.traitId === firstFlag)).length;
      expect((await listResults(asha, view({ flag: firstFlag }), db())).total).toBe(withIt);
    }

    await setReviewed(asha, made[0]!.shareId, true, db());
    expect(await setReviewed(ravi, made[1]!.shareId, true, db())).toBeNull();
    expect((await listResults(asha, view({ reviewed: "yes" }), db())).rows.map((r) => r.id)).toEqual([made[0]!.shareId]);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listResults(asha, view({ from: today, to: today }), db())).total).toBe(24);
    expect((await listResults(asha, view({ to: "2020-01-01" }), db())).total).toBe(0);

    for (const filters of [{}, { cohort: pune.id }, { flag: "any" }, { band: "good" }] as Record<string, string>[]) {
      const list = await listResults(asha, view(filters), db());
      const analytics = await cohortAnalytics(asha, readResultView(filters), db());
      expect(analytics.total).toBe(list.total);
      expect(analytics.bands.reduce((sum, b) => sum + b.count, 0)).toBe(list.total);
      const rows: { id: string; flags: string[] }[] = [];
      for await (const row of streamResults(asha, { ...readResultView(filters) }, db(), 5)) rows.push(row);
      expect(rows).toHaveLength(list.total);
      const gapCount = rows.filter((row) => made.find((m) => m.shareId === row.id)!.result.gaps.includes("icd-coding")).length;
      expect(analytics.gaps.find((g) => g.skillId === "icd-coding")!.count).toBe(gapCount);
      const flagCount = rows.filter((row) => row.flags.length > 0).length;
      expect(analytics.flags.reduce((max, f) => Math.max(max, f.count), 0)).toBeLessThanOrEqual(flagCount);
    }
    // The CSV stream keeps the table's order across batches.
    const streamed: string[] = [];
    for await (const row of streamResults(asha, { ...view({ sort: "overall", dir: "desc" }) }, db(), 7)) streamed.push(row.id);
    expect(streamed).toEqual((await listResults(asha, view({ sort: "overall", dir: "desc", pageSize: "100" }), db())).rows.map((r) => r.id));
  });

  it("shows a result with its earlier attempts in the same cohort, and keeps notes private", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const cohort = await createCohort(asha, { name: "Retakes" }, db());
    const first = await shared(cohort.inviteToken, "Kavya", 7);
    const second = await shared(cohort.inviteToken, "Kavya", 8, { previousId: first.assessmentId, previousOwnerKey: first.ownerKey });

    const view2 = await getSharedResult(asha, second.shareId, db());
    expect(view2?.attempts.map((attempt) => attempt.id)).toEqual([second.shareId, first.shareId]);
    expect(JSON.stringify(view2)).not.toContain(second.assessmentId);
    expect(await getSharedResult(ravi, second.shareId, db())).toBeNull();

    const note = await addNote(asha, second.shareId, { body: "First meeting." }, db());
    expect(note).not.toBeNull();
    expect(await addNote(ravi, second.shareId, { body: "Not mine." }, db())).toBeNull();
    expect(await listNotes(ravi, second.shareId, db())).toBeNull();
    expect(await updateNote(ravi, second.shareId, note!.id, { body: "Changed" }, db())).toBeNull();
    expect(await deleteNote(ravi, second.shareId, note!.id, db())).toBe(false);
    expect(await updateNote(asha, first.shareId, note!.id, { body: "Wrong result" }, db())).toBeNull();
    expect((await updateNote(asha, second.shareId, note!.id, { body: "Second meeting." }, db()))?.body).toBe("Second meeting.");
    expect(await listNotes(asha, second.shareId, db())).toHaveLength(1);
    await expect(addNote(asha, second.shareId, { body: "   " }, db())).rejects.toThrow();
    expect(await deleteNote(asha, second.shareId, note!.id, db())).toBe(true);
  });
});
