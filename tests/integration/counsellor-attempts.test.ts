/**
 * One row per student: a retake shared with the same cohort is the same student's next attempt.
 * The dashboard, the analytics and the CSV count each student's latest attempt unless asked for
 * every attempt; withdrawing or deleting the newest attempt makes the one before it the latest;
 * the migration that brought studentKey and latest works them out for shares made before it.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAssessment, deleteAssessment } from "@/lib/assessments/service";
import { createCohort } from "@/lib/cohorts/service";
import { readResultView, type ResultView } from "@/lib/counsellor/filters";
import { degreeOfAnswers, shareFigures } from "@/lib/shares/figures";
import { createDb } from "@/lib/db";
import { newId, newShortCode } from "@/lib/ids";
import { createRandom, demoAnswers } from "@/lib/seed/demo-answers";
import { loadClassSummary } from "@/lib/shares/class-summary";
import { cohortAnalytics, getSharedResult, listResults, streamResults } from "@/lib/shares/counsellor";
import { shareByInvite, withdrawShare } from "@/lib/shares/service";
import { deployMigrations, migrationTarget } from "@/scripts/migrations/engine";
import { newCounsellor, providers, useMigratedDatabase } from "../support/databases";

const view = (params: Record<string, string> = {}): ResultView => readResultView(params);
let counter = 0;
const key = () => `attempts_${Date.now().toString(36)}_${(counter++).toString().padStart(6, "0")}`;

/** The migration that added studentKey and latest, with its backfill. */
const ATTEMPTS_MIGRATION = "roster_and_attempts";

describe.each(providers.filter((p) => p.enabled))("a student's attempts on $name", ({ name, fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;

  const counsellor = (name: string) => newCounsellor(db(), name);

  /** Takes the quiz (as a retake of `previous`, when given) and shares the result with a cohort. */
  async function attempt(inviteToken: string, displayName: string, seed: number, previous?: { assessmentId: string; ownerKey: string }) {
    const { assessment, ownerKey } = await createAssessment(
      {
        answers: demoAnswers(createRandom(seed)),
        submissionKey: key(),
        ...(previous ? { previousId: previous.assessmentId, previousOwnerKey: previous.ownerKey } : {}),
      },
      db(),
    );
    const outcome = await shareByInvite(assessment.id, { inviteToken, displayName, consent: true }, db());
    if (outcome.status !== "shared") throw new Error(outcome.status);
    return { assessmentId: assessment.id, ownerKey: ownerKey!, shareId: outcome.shareId, overall: assessment.result.overall, band: assessment.result.band.id };
  }

  async function exported(counsellorId: string, params: Record<string, string> = {}) {
    const rows = [];
    for await (const row of streamResults(counsellorId, view(params), db(), 2)) rows.push(row);
    return rows;
  }

  it("counts a student who retook once by default and twice with every attempt, with the change on the row", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const cohort = await createCohort(asha, { name: "Retakes" }, db());
    const first = await attempt(cohort.inviteToken, "Kavya Iyer", 11);
    const second = await attempt(cohort.inviteToken, "Kavya Iyer", 12, first);
    const other = await attempt(cohort.inviteToken, "Rohan Das", 13);

    const latest = await listResults(asha, view(), db());
    expect(latest.total).toBe(2);
    expect(latest.rows.map((row) => row.id).sort()).toEqual([second.shareId, other.shareId].sort());
    const kavya = latest.rows.find((row) => row.id === second.shareId)!;
    expect(kavya).toMatchObject({ latest: true, attempt: { number: 2, count: 2, previous: { overall: first.overall, band: first.band } } });
    expect(latest.rows.find((row) => row.id === other.shareId)).toMatchObject({ latest: true, attempt: null });

    const all = await listResults(asha, view({ attempts: "all", sort: "date", dir: "asc" }), db());
    expect(all.total).toBe(3);
    expect(all.rows.find((row) => row.id === first.shareId)).toMatchObject({
      latest: false,
      attempt: { number: 1, count: 2, previous: null },
    });
    expect(all.rows.find((row) => row.id === second.shareId)).toMatchObject({ latest: true, attempt: { number: 2, count: 2 } });

    // The analytics count the same rows as the table, in both views.
    expect((await cohortAnalytics(asha, {}, db())).total).toBe(2);
    expect((await cohortAnalytics(asha, { attempts: "latest" }, db())).total).toBe(2);
    expect((await cohortAnalytics(asha, { attempts: "all" }, db())).total).toBe(3);
    const bands = (await cohortAnalytics(asha, {}, db())).bands.reduce((sum, band) => sum + band.count, 0);
    expect(bands).toBe(2);

    // The CSV follows the switch (and reads in batches of two here, so the attempt look-up spans batches).
    expect((await exported(asha)).map((row) => row.id).sort()).toEqual([second.shareId, other.shareId].sort());
    const everyRow = await exported(asha, { attempts: "all" });
    expect(everyRow).toHaveLength(3);
    expect(everyRow.find((row) => row.id === first.shareId)).toMatchObject({ latest: false, attempt: { number: 1, count: 2 } });

    // The class summary counts students, whatever the switch says.
    const summary = await loadClassSummary(asha, { attempts: "all" }, db());
    expect(summary.status === "ready" && summary.source.analytics.total).toBe(2);
    expect(summary.status === "ready" && summary.source.students.map((student) => student.row.id).sort()).toEqual(
      [second.shareId, other.shareId].sort(),
    );

    // Another counsellor sees none of it.
    expect((await listResults(ravi, view({ attempts: "all" }), db())).total).toBe(0);
    expect(await getSharedResult(ravi, first.shareId, db())).toBeNull();
  });

  it("shows the student's attempts in the cohort, newest first, and what changed since the one before", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const cohort = await createCohort(asha, { name: "Three attempts" }, db());
    const elsewhere = await createCohort(asha, { name: "Another batch" }, db());
    const raviCohort = await createCohort(ravi, { name: "Ravi's batch" }, db());
    const first = await attempt(cohort.inviteToken, "Meera", 21);
    const second = await attempt(cohort.inviteToken, "Meera", 22, first);
    const third = await attempt(cohort.inviteToken, "Meera", 23, second);
    // The same result shared with another cohort and another counsellor is not an attempt here.
    await shareByInvite(third.assessmentId, { inviteToken: elsewhere.inviteToken, displayName: "Meera", consent: true }, db());
    await shareByInvite(second.assessmentId, { inviteToken: raviCohort.inviteToken, displayName: "Meera", consent: true }, db());

    const shown = await getSharedResult(asha, second.shareId, db());
    expect(shown?.attempts.map((a) => a.id)).toEqual([third.shareId, second.shareId, first.shareId]);
    expect(shown?.attempts.map((a) => a.latest)).toEqual([true, false, false]);
    expect(shown?.change?.previous.id).toBe(first.shareId);
    expect(shown?.change?.comparison.overall).toMatchObject({ before: first.overall, after: second.overall });
    expect(shown?.change?.comparison.band.before.id).toBe(first.band);
    expect(shown?.change?.comparison.components.map((part) => part.id)).toEqual(["education", "skills", "temperament"]);

    expect((await getSharedResult(asha, first.shareId, db()))?.change).toBeNull();
    expect((await getSharedResult(asha, third.shareId, db()))?.change?.previous.id).toBe(second.shareId);
    // Nothing of the student's report ids reaches the counsellor.
    expect(JSON.stringify(shown)).not.toContain(first.assessmentId);
  });

  it("makes the earlier attempt the latest again when the newer one is withdrawn or deleted", async () => {
    const asha = await counsellor("asha");
    const cohort = await createCohort(asha, { name: "Second thoughts" }, db());
    const rows = async () => (await listResults(asha, view({ cohort: cohort.id }), db())).rows;

    const first = await attempt(cohort.inviteToken, "Arjun", 31);
    const second = await attempt(cohort.inviteToken, "Arjun", 32, first);
    expect((await rows()).map((row) => row.id)).toEqual([second.shareId]);

    expect(await withdrawShare(second.assessmentId, second.shareId, db())).toBe(true);
    expect(await rows()).toEqual([expect.objectContaining({ id: first.shareId, latest: true, attempt: null })]);
    expect((await cohortAnalytics(asha, { cohort: cohort.id }, db())).total).toBe(1);

    // Shared again, the retake is the newest attempt once more; deleting it hands the row back.
    const third = await attempt(cohort.inviteToken, "Arjun", 33, first);
    expect((await rows()).map((row) => row.id)).toEqual([third.shareId]);
    expect(await deleteAssessment(third.assessmentId, db())).toBe(true);
    expect(await rows()).toEqual([expect.objectContaining({ id: first.shareId, latest: true, attempt: null })]);
    expect((await listResults(asha, view({ cohort: cohort.id, attempts: "all" }), db())).total).toBe(1);
  });

  it("exports more rows in one batch than a statement takes parameters for, attempts and notes included", async () => {
    const asha = await counsellor("asha");
    // 1,001 shares: 13 results, each shared with 77 cohorts, each result retaken (a student of two attempts) in every cohort.
    const cohorts = Array.from({ length: 77 }, (_, i) => ({ id: newId(), counsellorId: asha, name: `Big ${i}`, inviteToken: newId(), code: newShortCode() }));
    await db().cohort.createMany({ data: cohorts });
    const results: Awaited<ReturnType<typeof createAssessment>>["assessment"][] = [];
    for (let i = 0; i < 13; i++) {
      const { assessment } = await createAssessment({ answers: demoAnswers(createRandom(500 + i)), submissionKey: key() }, db());
      results.push(assessment);
    }
    const rows = cohorts.flatMap((cohort) => {
      const ids = results.map(() => newId());
      return results.map((result, i) => ({
        id: ids[i]!,
        assessmentId: result.id,
        cohortId: cohort.id,
        counsellorId: asha,
        displayName: `Student ${i}`,
        searchName: `student ${i}`,
        takenAt: new Date(Date.UTC(2026, 10, 1 + i)),
        ...shareFigures(result.result),
        // Results 2k and 2k+1 are one student's two attempts; the 13th took it once.
        studentKey: ids[i - (i % 2)]!,
        latest: i % 2 === 1 || i === 12,
        // What refreshAttempts keeps on each share.
        attemptNumber: i % 2 === 1 ? 2 : 1,
        attemptCount: i === 12 ? 1 : 2,
        previousOverall: i % 2 === 1 ? results[i - 1]!.result.overall : null,
        previousBand: i % 2 === 1 ? results[i - 1]!.result.band.id : null,
      }));
    });
    await db().share.createMany({ data: rows });
    expect(await db().share.count({ where: { counsellorId: asha } })).toBe(1_001);

    const every = [];
    for await (const row of streamResults(asha, view({ attempts: "all" }), db())) every.push(row);
    expect(every).toHaveLength(1_001);
    expect(every.filter((row) => row.attempt?.number === 2 && row.attempt.previous)).toHaveLength(77 * 6);
    expect(every.filter((row) => row.attempt === null)).toHaveLength(77);
    expect(await exported(asha)).toHaveLength(77 * 7);
  });

  it("backfills studentKey, latest, each attempt's place and the degree for shares made before the migrations", async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), "coder-fit-attempts-"));
    const database = await fresh();
    try {
      // The migrations up to the one before studentKey, in a copy of the project's prisma folder.
      cpSync(path.join(process.cwd(), "prisma"), path.join(scratch, "prisma"), { recursive: true });
      const migrations = path.join(scratch, "prisma", name === "sqlite" ? "sqlite" : "postgres", "migrations");
      const folders = readdirSync(migrations).filter((folder) => /^\d{14}_/.test(folder)).sort();
      const cut = folders.findIndex((folder) => folder.endsWith(`_${ATTEMPTS_MIGRATION}`));
      expect(cut).toBeGreaterThan(0);
      for (const folder of folders.slice(cut)) rmSync(path.join(migrations, folder), { recursive: true });
      await deployMigrations(migrationTarget(database.url, scratch));

      const made = new Map<string, { overall: number; band: string }>();
      const answers = demoAnswers(createRandom(41));
      const { db: old } = createDb(database.url);
      const param = (index: number) => (name === "sqlite" ? "?" : `$${index}`);
      try {
        const counsellorId = `user_old_${Math.random().toString(36).slice(2, 10)}`;
        await old.user.create({ data: { id: counsellorId, name: "Old", email: `${counsellorId}@example.org` } });
        const cohorts = ["cohort_one_0123456789abcdef", "cohort_two_0123456789abcdef"];
        for (const [i, id] of cohorts.entries()) {
          await old.cohort.create({ data: { id, counsellorId, name: `Cohort ${i + 1}`, inviteToken: `token_${i}_0123456789abcdefg`, code: `CODE${i}XYZ` } });
        }
        // A chain of three attempts (a → b → c) and one student who took the quiz once (d).
        const day = (n: number) => new Date(Date.UTC(2026, 10, n, 10));
        for (const [id, previousId, date] of [
          ["assess_a_0123456789abcdefg", null, 1],
          ["assess_b_0123456789abcdefg", "assess_a_0123456789abcdefg", 8],
          ["assess_c_0123456789abcdefg", "assess_b_0123456789abcdefg", 15],
          ["assess_d_0123456789abcdefg", null, 9],
        ] as const) {
          const { assessment } = await createAssessment({ answers, submissionKey: key() }, old);
          await old.assessment.update({ where: { id: assessment.id }, data: { createdAt: day(date) } });
          // Re-keyed to a readable id, with the link to the attempt before it.
          await old.$executeRawUnsafe(`UPDATE "Assessment" SET "id" = ${param(1)}, "previousId" = ${param(2)} WHERE "id" = ${param(3)}`, id, previousId, assessment.id);
          made.set(id, { overall: assessment.result.overall, band: assessment.result.band.id });
        }
        // Shares as the app wrote them before studentKey: a, b, c and d in cohort one; a and b in cohort two.
        const share = async (shareId: string, assessmentId: string, cohortId: string, date: number) =>
          old.$executeRawUnsafe(
            `INSERT INTO "Share" ("id", "assessmentId", "cohortId", "counsellorId", "displayName", "searchName", "takenAt", "overallScore", "band", "educationScore", "skillsScore", "temperamentScore", "backgroundId", "flagMask", "gapMask", "topGaps")
             VALUES (${Array.from({ length: 16 }, (_, i) => param(i + 1)).join(", ")})`,
            shareId,
            assessmentId,
            cohortId,
            counsellorId,
            "Old student",
            "old student",
            day(date),
            made.get(assessmentId)!.overall,
            made.get(assessmentId)!.band,
            50,
            50,
            50,
            "commerce-other",
            0,
            0,
            "",
          );
        await share("share_1a_0123456789abcdefg", "assess_a_0123456789abcdefg", cohorts[0]!, 1);
        await share("share_1b_0123456789abcdefg", "assess_b_0123456789abcdefg", cohorts[0]!, 8);
        await share("share_1c_0123456789abcdefg", "assess_c_0123456789abcdefg", cohorts[0]!, 15);
        await share("share_1d_0123456789abcdefg", "assess_d_0123456789abcdefg", cohorts[0]!, 9);
        await share("share_2a_0123456789abcdefg", "assess_a_0123456789abcdefg", cohorts[1]!, 1);
        await share("share_2b_0123456789abcdefg", "assess_b_0123456789abcdefg", cohorts[1]!, 8);
      } finally {
        await old.$disconnect();
      }

      // Now every migration, the backfill among them.
      expect(await deployMigrations(migrationTarget(database.url))).toEqual(expect.arrayContaining([expect.stringMatching(ATTEMPTS_MIGRATION)]));
      const { db: now } = createDb(database.url);
      try {
        const shares = await now.share.findMany({ select: { id: true, studentKey: true, latest: true }, orderBy: { id: "asc" } });
        expect(shares).toEqual([
          { id: "share_1a_0123456789abcdefg", studentKey: "share_1a_0123456789abcdefg", latest: false },
          { id: "share_1b_0123456789abcdefg", studentKey: "share_1a_0123456789abcdefg", latest: false },
          { id: "share_1c_0123456789abcdefg", studentKey: "share_1a_0123456789abcdefg", latest: true },
          { id: "share_1d_0123456789abcdefg", studentKey: "share_1d_0123456789abcdefg", latest: true },
          { id: "share_2a_0123456789abcdefg", studentKey: "share_2a_0123456789abcdefg", latest: false },
          { id: "share_2b_0123456789abcdefg", studentKey: "share_2a_0123456789abcdefg", latest: true },
        ]);
        const counsellorId = (await now.share.findFirstOrThrow({ select: { counsellorId: true } })).counsellorId;
        const latest = await listResults(counsellorId, view({ sort: "name" }), now);
        expect(latest.rows.map((row) => row.id).sort()).toEqual(["share_1c_0123456789abcdefg", "share_1d_0123456789abcdefg", "share_2b_0123456789abcdefg"]);
        expect(latest.rows.find((row) => row.id === "share_1c_0123456789abcdefg")?.attempt).toEqual({
          number: 3,
          count: 3,
          previous: { overall: made.get("assess_b_0123456789abcdefg")!.overall, band: made.get("assess_b_0123456789abcdefg")!.band },
        });
        expect(latest.rows.find((row) => row.id === "share_2b_0123456789abcdefg")?.attempt).toEqual({
          number: 2,
          count: 2,
          previous: { overall: made.get("assess_a_0123456789abcdefg")!.overall, band: made.get("assess_a_0123456789abcdefg")!.band },
        });
        expect(latest.rows.find((row) => row.id === "share_1d_0123456789abcdefg")?.attempt).toBeNull();
        // The degree the person picked, from each result (migration share_degree).
        expect(latest.rows.map((row) => row.degree)).toEqual(latest.rows.map(() => degreeOfAnswers(answers)));
        expect(degreeOfAnswers(answers)).toEqual(expect.any(String));
        expect((await listResults(counsellorId, view({ attempts: "all" }), now)).total).toBe(6);
      } finally {
        await now.$disconnect();
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      await database.drop();
    }
  });
});
