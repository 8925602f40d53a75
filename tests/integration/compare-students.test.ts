/**
 * Issue 15.4 on both databases: comparing 2–4 of a counsellor's shared results. The figures are the
 * result page's own (buildReportView of the stored result) and the dashboard row's, in the order
 * chosen; one foreign, unknown or withdrawn id fails the whole request; a list that is not 2–4
 * different ids is refused before the database is asked.
 */
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createAssessment } from "@/lib/assessments/service";
import { createCohort } from "@/lib/cohorts/service";
import { readResultView } from "@/lib/counsellor/filters";
import { medicalCoderProfile } from "@/lib/profiles";
import { buildPlanSummary, buildReportView } from "@/lib/report";
import { compareStudents } from "@/lib/shares/compare-students";
import { getSharedResult, listResults } from "@/lib/shares/counsellor";
import { shareByInvite, withdrawShare } from "@/lib/shares/service";
import { createRandom, demoAnswers } from "@/lib/seed/demo-answers";
import { newCounsellor, providers, useMigratedDatabase } from "../support/databases";

const key = () => `key_${crypto.randomUUID().replace(/-/g, "")}`;

describe.each(providers.filter((p) => p.enabled))("compare students on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;

  const counsellor = (name: string) => newCounsellor(db(), name);

  async function shared(inviteToken: string, displayName: string, seed: number) {
    const { assessment } = await createAssessment({ answers: demoAnswers(createRandom(seed)), submissionKey: key() }, db());
    const outcome = await shareByInvite(assessment.id, { inviteToken, displayName, consent: true }, db());
    if (outcome.status !== "shared") throw new Error(outcome.status);
    return { assessmentId: assessment.id, shareId: outcome.shareId };
  }

  it("returns each student's figures as their result page and the dashboard show them, in the order chosen", async () => {
    const asha = await counsellor("asha");
    const pune = await createCohort(asha, { name: "Pune 2026" }, db());
    const hyd = await createCohort(asha, { name: "Hyderabad 2026" }, db());
    const students = [
      await shared(pune.inviteToken, "Priya Nair", 11),
      await shared(hyd.inviteToken, "Karthik Rao", 12),
      await shared(pune.inviteToken, "Meena Iyer", 13),
    ];
    const order = [students[2]!, students[0]!, students[1]!].map((student) => student.shareId);

    const compared = await compareStudents(asha, order, db());
    expect(compared?.map((student) => student.id)).toEqual(order);
    expect(compared?.map((student) => student.displayName)).toEqual(["Meena Iyer", "Priya Nair", "Karthik Rao"]);
    expect(compared?.map((student) => student.cohortName)).toEqual(["Pune 2026", "Pune 2026", "Hyderabad 2026"]);

    const rows = new Map((await listResults(asha, readResultView({}), db())).rows.map((row) => [row.id, row]));
    for (const student of compared!) {
      const page = (await getSharedResult(asha, student.id, db()))!;
      const view = buildReportView(page.result, medicalCoderProfile);
      const plan = buildPlanSummary(page.result, medicalCoderProfile);
      // The result page's figures.
      expect(student.overall).toBe(view.summary.overall);
      expect(student.band).toEqual({ id: view.summary.band.id, label: view.summary.band.label });
      expect(student.confidence.label).toBe(view.summary.confidence.label);
      expect(student.parts.map((part) => [part.label, part.scoreText])).toEqual(view.components.map((c) => [c.label, c.scoreText]));
      expect(student.flags.map((flag) => flag.name)).toEqual(view.signals.flags.map((flag) => flag.name));
      expect(student.learning?.step ?? null).toBe(plan.learning?.step ?? null);
      expect(student.stage).toBe(plan.roles.stageName);
      // Every skill once, in the profile's order, with the page's level and the level needed.
      expect(student.skills.map((skill) => skill.id)).toEqual(medicalCoderProfile.skills.map((skill) => skill.id));
      for (const skill of student.skills) {
        const row = view.skills.find((one) => one.id === skill.id)!;
        expect([skill.levelText, skill.requiredText, skill.gapText]).toEqual([row.levelText, row.requiredText, row.gapText]);
      }
      // The dashboard row's figures.
      const row = rows.get(student.id)!;
      expect(student.overall).toBe(row.overall);
      expect(student.band.id).toBe(row.band);
      expect(student.parts.map((part) => part.score)).toEqual([row.education, row.skills, row.temperament]);
      expect(student.background).toBe(row.degree);
      expect(student.topGaps.map((gap) => gap.id)).toEqual(row.topGaps);
    }
    // Four is the most; two the fewest.
    const fourth = await shared(hyd.inviteToken, "Arjun Das", 14);
    expect(await compareStudents(asha, [...order, fourth.shareId], db())).toHaveLength(4);
    expect(await compareStudents(asha, order.slice(0, 2), db())).toHaveLength(2);
  });

  it("fails the whole comparison for one foreign, unknown or withdrawn result", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const own = await createCohort(asha, { name: "Asha's batch" }, db());
    const other = await createCohort(ravi, { name: "Ravi's batch" }, db());
    const priya = await shared(own.inviteToken, "Priya", 21);
    const karthik = await shared(own.inviteToken, "Karthik", 22);
    const stranger = await shared(other.inviteToken, "Stranger", 23);

    expect(await compareStudents(asha, [priya.shareId, karthik.shareId], db())).toHaveLength(2);
    // Another counsellor's result beside the counsellor's own: nothing at all, not two of three.
    expect(await compareStudents(asha, [priya.shareId, karthik.shareId, stranger.shareId], db())).toBeNull();
    // The other counsellor cannot read the owner's, even with one of their own beside it.
    expect(await compareStudents(ravi, [stranger.shareId, priya.shareId], db())).toBeNull();
    expect(await compareStudents(asha, [priya.shareId, "A".repeat(24)], db())).toBeNull();

    expect(await withdrawShare(karthik.assessmentId, karthik.shareId, db())).toBe(true);
    expect(await compareStudents(asha, [priya.shareId, karthik.shareId], db())).toBeNull();
  });

  it("refuses a list that is not 2 to 4 different valid ids before reading anything", async () => {
    const asha = await counsellor("asha");
    const id = (letter: string) => letter.repeat(24);
    const refusals: [string[], RegExp][] = [
      [[], /at least 2/],
      [[id("A")], /at least 2/],
      [[id("A"), id("B"), id("C"), id("D"), id("E")], /at most 4/],
      [[id("A"), id("A")], /same student is chosen twice/],
      [[id("A"), "not an id"], /not valid/],
    ];
    for (const [ids, message] of refusals) {
      const refused = await compareStudents(asha, ids, db()).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused, JSON.stringify(ids)).toBeInstanceOf(ZodError);
      expect((refused as ZodError).issues.map((issue) => issue.message).join(" "), JSON.stringify(ids)).toMatch(message);
    }
  });
});
