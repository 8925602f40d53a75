import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations, migrationTarget } from "@/scripts/migrations/engine";
import { scoreAssessment } from "@/lib/results/score";
import { buildAnswers, profile } from "../fixtures/answers";

// The route handlers use the app's own database (lib/db.ts): point it at a scratch SQLite file
// before they are imported.
const dir = mkdtempSync(path.join(os.tmpdir(), "coder-fit-api-"));
process.env.DATABASE_URL = `file:${path.join(dir, "api.db")}`;

type Routes = {
  questionnaire: typeof import("@/app/api/v1/questionnaire/route");
  assessments: typeof import("@/app/api/v1/assessments/route");
  assessment: typeof import("@/app/api/v1/assessments/[id]/route");
};
let routes: Routes;

beforeAll(async () => {
  await deployMigrations(migrationTarget(process.env.DATABASE_URL));
  routes = {
    questionnaire: await import("@/app/api/v1/questionnaire/route"),
    assessments: await import("@/app/api/v1/assessments/route"),
    assessment: await import("@/app/api/v1/assessments/[id]/route"),
  };
});
afterAll(async () => {
  const { getDb } = await import("@/lib/db");
  await getDb().$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const BASE = "http://127.0.0.1:3000";
const answers = buildAnswers({ degree: "nursing-allied", pro: 5, con: 1, knowledgeCorrect: 5 });
const key = () => `api_${crypto.randomUUID().replace(/-/g, "")}`;

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  return routes.assessments.POST(new Request(`${BASE}/api/v1/assessments`, { method: "POST", body, headers }), undefined as never);
}
const postJson = (value: unknown) => post(JSON.stringify(value));
const getOne = (id: string, query = "") =>
  routes.assessment.GET(new Request(`${BASE}/api/v1/assessments/${id}${query}`), { params: Promise.resolve({ id }) });

async function expectError(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/json");
  const body = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
  expect(body.error.length).toBeGreaterThan(10);
  expect(JSON.stringify(body)).not.toMatch(/\bat \S+ \(|node_modules|Prisma/);
  return body;
}

describe("GET /api/v1/questionnaire", () => {
  it("lists sections and items with ids, kinds, options and anchors", async () => {
    const response = await routes.questionnaire.GET(new Request(`${BASE}/api/v1/questionnaire`), undefined as never);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.profileId).toBe("medical-coder");
    expect(body.sections.map((section: { id: string }) => section.id)).toEqual(["about", "education", "skills", "temperament", "knowledge"]);
    const level = body.sections[2].items[0];
    expect(level).toMatchObject({ id: "skills.medical-terminology", kind: "level" });
    expect(level.anchors).toHaveLength(5);
  });

  it("?locale=hi: the same sections, ids, values and scales, with Hindi words", async () => {
    const read = async (query: string) =>
      (await routes.questionnaire.GET(new Request(`${BASE}/api/v1/questionnaire${query}`), undefined as never)).json();
    const [english, hindi] = await Promise.all([read(""), read("?locale=hi")]);
    expect(english.locale).toBe("en");
    expect(hindi.locale).toBe("hi");
    type Item = { id: string; kind: string; prompt: string; options?: { value: string }[]; anchors?: string[] };
    const items = (body: { sections: { items: Item[] }[] }) => body.sections.flatMap((section) => section.items);
    expect(items(hindi).map((item) => [item.id, item.kind, item.options?.map((option) => option.value)])).toEqual(
      items(english).map((item) => [item.id, item.kind, item.options?.map((option) => option.value)]),
    );
    expect(items(hindi).every((item) => /[\u0900-\u097F]/.test(item.prompt) || /^[A-Z0-9 ().-]+$/.test(item.prompt))).toBe(true);
    expect(items(hindi).find((item) => item.kind === "level")!.anchors![0]).toMatch(/[\u0900-\u097F]/);
  });

  it("422 for a language Coder Fit does not have, naming the ones it has", async () => {
    const response = await routes.questionnaire.GET(new Request(`${BASE}/api/v1/questionnaire?locale=fr`), undefined as never);
    const body = await expectError(response, 422);
    expect(body.issues[0]).toMatchObject({ path: "locale" });
    expect(body.issues[0]!.message).toContain("hi (हिन्दी)");
  });
});

describe("POST /api/v1/assessments", () => {
  it("201: scores and stores, returning the id, the report URL and the result", async () => {
    const response = await postJson({ answers, submissionKey: key(), locale: "en-IN" });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(body.reportUrl).toBe(`${BASE}/report/${body.id}`);
    expect(response.headers.get("location")).toBe(body.reportUrl);
    // The server computes the score itself, with the one scoring engine.
    expect(body.result).toEqual(JSON.parse(JSON.stringify(scoreAssessment(profile, answers))));
  });

  it("200: the same submission key returns the same record", async () => {
    const submissionKey = key();
    const first = await (await postJson({ answers, submissionKey })).json();
    const again = await postJson({ answers, submissionKey });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(first.id);
  });

  it("422: invalid answers, with each question named", async () => {
    const body = await expectError(await postJson({ answers: { ...answers, "skills.icd-coding": "lots" }, submissionKey: key() }), 422);
    expect(body.issues).toEqual([{ path: "skills.icd-coding", message: "Pick a level from 0 to 4." }]);
  });

  it("422: missing answers, wrong types and unknown fields", async () => {
    const { ["about.market"]: _market, ...partial } = answers;
    expect((await expectError(await postJson({ answers: partial }), 422)).issues[0]).toMatchObject({ path: "about.market" });
    expect((await expectError(await postJson({ answers: "all good" }), 422)).issues[0]!.path).toBe("");
    expect((await expectError(await postJson({ answers, overall: 100 }), 422)).issues[0]).toMatchObject({ path: "overall" });
    expect((await expectError(await postJson({ answers, submissionKey: "x" }), 422)).issues[0]).toMatchObject({ path: "submissionKey" });
    expect((await expectError(await postJson([answers]), 422)).error).toMatch(/not valid/);
    expect((await expectError(await postJson({}), 422)).issues[0]).toMatchObject({ path: "answers" });
  });

  it("400: malformed or empty JSON", async () => {
    expect((await expectError(await post("{\"answers\": {"), 400)).error).toMatch(/not valid JSON/);
    expect((await expectError(await post(""), 400)).error).toMatch(/empty/);
  });

  it("413: a body over the size limit, declared or not", async () => {
    const huge = JSON.stringify({ answers, padding: "x".repeat(100 * 1024) });
    expect((await expectError(await post(huge), 413)).error).toMatch(/too large/);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
        controller.close();
      },
    });
    const response = await routes.assessments.POST(
      new Request(`${BASE}/api/v1/assessments`, {
        method: "POST",
        body: stream,
        headers: { "content-type": "application/json" },
        duplex: "half",
      } as RequestInit),
      undefined as never,
    );
    await expectError(response, 413);
  });

  it("415: a content type other than JSON", async () => {
    await expectError(await post("answers=1", { "content-type": "application/x-www-form-urlencoded" }), 415);
    await expectError(await post(JSON.stringify({ answers }), {}), 415);
  });
});

describe("GET /api/v1/assessments/{id}", () => {
  it("returns the stored record", async () => {
    const created = await (await postJson({ answers, submissionKey: key() })).json();
    const response = await getOne(created.id);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ id: created.id, profileId: "medical-coder", answers, result: created.result });
    expect(new Date(body.createdAt).getTime()).toBeGreaterThan(0);
    expect(body.resultLocale).toBe("en");
  });

  it("?locale=hi: the same figures, worded in Hindi; 422 for a language it does not have", async () => {
    const created = await (await postJson({ answers, submissionKey: key() })).json();
    const body = await (await getOne(created.id, "?locale=hi")).json();
    expect(body.resultLocale).toBe("hi");
    expect(body.result.overall).toBe(created.result.overall);
    expect(body.result.band.id).toBe(created.result.band.id);
    expect(body.result.receipt.map((line: { points: number }) => line.points)).toEqual(
      created.result.receipt.map((line: { points: number }) => line.points),
    );
    expect(body.result.band.label).toMatch(/[\u0900-\u097F]/);
    expect(body.result.recommendations.nextSteps[0].title).toMatch(/[\u0900-\u097F]/);
    await expectError(await getOne(created.id, "?locale=xx"), 422);
  });

  it("404 for unknown and malformed ids", async () => {
    await expectError(await getOne("AAAAAAAAAAAAAAAAAAAAAAAA"), 404);
    await expectError(await getOne("not an id"), 404);
    await expectError(await getOne("%00%00"), 404);
  });
});
