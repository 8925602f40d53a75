/**
 * PUT /api/v1/assessments/{id}/try-work on both databases: only the owner key adds the outcome,
 * the server counts the right answers itself, bad input is a 422 naming the field, and the
 * outcome reads back with the result. Also: a quiz submission carrying the outcome stores it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAssessment, getAssessment } from "@/lib/assessments/service";
import { tryWorkExercise, TRY_WORK_VERSION } from "@/lib/try-work/exercise";
import { correctOption, exerciseQuestions } from "@/lib/try-work/score";
import { providers, useAsAppDatabase, useMigratedDatabase } from "../support/databases";
import { buildAnswers } from "../fixtures/answers";

const BASE = "http://127.0.0.1:3000";
const answers = buildAnswers({ degree: "bpharm", pro: 4, con: 2, knowledgeCorrect: 3 });
const key = () => `key_${crypto.randomUUID().replace(/-/g, "")}`;
const ownerKey = () => `own_${crypto.randomUUID().replace(/-/g, "")}`;
const questions = exerciseQuestions(tryWorkExercise);
const right = Object.fromEntries(questions.map((question) => [question.id, correctOption(question).id]));
/** Two right, the last one wrong. */
const twoOfThree = { ...right, [questions[2]!.id]: questions[2]!.options.find((option) => !option.correct)!.id };

type Route = typeof import("@/app/api/v1/assessments/[id]/try-work/route");

describe.each(providers.filter((p) => p.enabled))("PUT /api/v1/assessments/{id}/try-work on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;
  // The handlers use the app's one client (lib/db.ts getDb): pointed at this suite's database.
  useAsAppDatabase(state);
  let route: Route;

  beforeAll(async () => {
    route = await import("@/app/api/v1/assessments/[id]/try-work/route");
  });

  const put = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    route.PUT(
      new Request(`${BASE}/api/v1/assessments/${id}/try-work`, {
        method: "PUT",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
      { params: Promise.resolve({ id }) },
    );

  async function created(extra: Record<string, unknown> = {}) {
    const mine = ownerKey();
    const { assessment } = await createAssessment({ answers, submissionKey: key(), ownerKey: mine, ...extra }, db());
    return { id: assessment.id, mine };
  }

  async function expectError(response: Response, status: number) {
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error.length).toBeGreaterThan(10);
    expect(JSON.stringify(body)).not.toMatch(/\bat \S+ \(|node_modules|Prisma/);
    return body;
  }

  it("200: stores the outcome with the count the server made, and the result reads it back", async () => {
    const { id, mine } = await created();
    expect((await getAssessment(id, db()))!.tryWork).toBeNull();

    const response = await put(id, { version: TRY_WORK_VERSION, answers: twoOfThree, feeling: "enjoyed" }, { "x-owner-key": mine });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.tryWork).toMatchObject({ correct: 2, total: 3, feeling: "enjoyed", version: TRY_WORK_VERSION });
    expect(Date.parse(body.tryWork.triedAt)).not.toBeNaN();

    const stored = (await getAssessment(id, db()))!;
    expect(stored.tryWork).toMatchObject({ answers: twoOfThree, correct: 2, total: 3, feeling: "enjoyed" });
    // The score itself does not move.
    const { result } = (await getAssessment(id, db()))!;
    expect(result.overall).toBe(stored.result.overall);
  });

  it("replaces an earlier go", async () => {
    const { id, mine } = await created();
    await put(id, { version: TRY_WORK_VERSION, answers: twoOfThree, feeling: "enjoyed" }, { "x-owner-key": mine });
    const again = await put(id, { version: TRY_WORK_VERSION, answers: right, feeling: "disliked" }, { "x-owner-key": mine });
    expect(again.status).toBe(200);
    expect((await getAssessment(id, db()))!.tryWork).toMatchObject({ correct: 3, feeling: "disliked" });
  });

  it("403 without the owner key or with another, and nothing is stored", async () => {
    const { id } = await created();
    const body = { version: TRY_WORK_VERSION, answers: right, feeling: "enjoyed" };
    await expectError(await put(id, body), 403);
    await expectError(await put(id, body, { "x-owner-key": ownerKey() }), 403);
    expect((await getAssessment(id, db()))!.tryWork).toBeNull();
  });

  it("404 for no such result", async () => {
    await expectError(await put("nobody_0123456789abcdefgh", { version: TRY_WORK_VERSION, answers: right, feeling: "enjoyed" }, { "x-owner-key": ownerKey() }), 404);
  });

  it("422 naming each field that is wrong, and a count from the client is refused", async () => {
    const { id, mine } = await created();
    const owner = { "x-owner-key": mine };
    const issues = async (body: unknown) => (await expectError(await put(id, body, owner), 422)).issues;
    expect(await issues({ version: TRY_WORK_VERSION, answers: right, feeling: "great" })).toEqual([{ path: "feeling", message: expect.any(String) }]);
    expect(await issues({ version: TRY_WORK_VERSION, answers: { ...right, [questions[0]!.id]: "j3410" }, feeling: "neutral" })).toEqual([
      { path: `answers.${questions[0]!.id}`, message: "Pick one of this question's options." },
    ]);
    expect((await issues({ version: TRY_WORK_VERSION, answers: right, feeling: "neutral", correct: 3 }))[0]).toMatchObject({ path: "correct" });
    expect((await issues({ version: "2019.1.1", answers: right, feeling: "neutral" }))[0]).toMatchObject({ path: "version" });
    expect((await getAssessment(id, db()))!.tryWork).toBeNull();
  });

  it("400 and 415 for a body that is not JSON", async () => {
    const { id, mine } = await created();
    await expectError(await put(id, "{", { "x-owner-key": mine }), 400);
    await expectError(await put(id, "feeling=enjoyed", { "x-owner-key": mine, "content-type": "text/plain" }), 415);
  });

  it("keeps an outcome sent with the quiz's answers, counted by the server", async () => {
    const { id } = await created({ tryWork: { version: TRY_WORK_VERSION, answers: right, feeling: "neutral" } });
    expect((await getAssessment(id, db()))!.tryWork).toMatchObject({ answers: right, correct: 3, total: 3, feeling: "neutral" });
    await expect(createAssessment({ answers, submissionKey: key(), tryWork: { version: TRY_WORK_VERSION, answers: right } }, db())).rejects.toThrow();
  });
});
