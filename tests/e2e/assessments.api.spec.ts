import { expect, test } from "@playwright/test";
import type { QuestionnaireItem } from "../../lib/profiles/questionnaire-schema";
import { sections } from "./support/quiz";
import { baseURL } from "../../playwright.config";
import { postgresURL } from "./support/servers";

function answerFor(item: QuestionnaireItem): string | number {
  if (item.kind === "level") return 2;
  if (item.kind === "agreement") return 4;
  if (item.kind === "knowledge") return item.correct;
  return item.options[0]!.value;
}
const answers = Object.fromEntries(sections.flatMap((section) => section.items.map((item) => [item.id, answerFor(item)])));

const servers = [{ name: "SQLite", url: baseURL }, ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL }] : [])];

for (const server of servers) {
  test(`create, create again, read and miss through the built app on ${server.name}`, async ({ request }) => {
    const submissionKey = `e2e_${crypto.randomUUID().replace(/-/g, "")}`;
    const first = await request.post(`${server.url}/api/v1/assessments`, { data: { answers, submissionKey } });
    expect(first.status()).toBe(201);
    const { id, reportUrl, ownerKey } = await first.json();
    expect(reportUrl).toBe(`${server.url}/report/${id}`);

    // The same submission key again: the same record, but not its owner key.
    const again = await request.post(`${server.url}/api/v1/assessments`, { data: { answers, submissionKey } });
    expect(again.status()).toBe(200);
    const replayed = await again.json();
    expect(replayed.id).toBe(id);
    expect(replayed).not.toHaveProperty("ownerKey");

    const read = await request.get(`${server.url}/api/v1/assessments/${id}`);
    expect(read.status()).toBe(200);
    expect((await read.json()).answers).toEqual(answers);

    expect((await request.get(`${server.url}/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAA`)).status()).toBe(404);
    const report = await request.get(reportUrl);
    expect(report.status()).toBe(200);
    // The shared link's preview image exists, and is an image (it shows the band only).
    const preview = await request.get(`${reportUrl}/opengraph-image`);
    expect(preview.status()).toBe(200);
    expect(preview.headers()["content-type"]).toBe("image/png");

    // Deleting is for good: the record, its report and its preview are gone, and a second DELETE is a 404.
    // Only with the owner key that came back when it was made: the id alone reads.
    expect((await request.delete(`${server.url}/api/v1/assessments/${id}`)).status()).toBe(403);
    const deleted = await request.delete(`${server.url}/api/v1/assessments/${id}`, { headers: { "X-Owner-Key": ownerKey } });
    expect(deleted.status()).toBe(204);
    expect(await deleted.text()).toBe("");
    expect((await request.get(`${server.url}/api/v1/assessments/${id}`)).status()).toBe(404);
    expect((await request.get(reportUrl)).status()).toBe(404);
    const again404 = await request.delete(`${server.url}/api/v1/assessments/${id}`, { headers: { "X-Owner-Key": ownerKey } });
    expect(again404.status()).toBe(404);
    expect((await again404.json()).error).toMatch(/no result/i);
  });
}

test("unknown /api/ addresses and server-action calls get a JSON 4xx, not a page or a 500", async ({ request }) => {
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
    const response = await request.fetch(`${baseURL}/api/v1/no-such-endpoint`, { method, data: method === "GET" ? undefined : {} });
    expect(response.status(), method).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect((await response.json()).error).toMatch(/no API endpoint/i);
  }
  // Known endpoints still answer: the catch-all only takes what nothing else matches.
  expect((await request.get(`${baseURL}/api/health`)).status()).toBe(200);
  expect((await request.get(`${baseURL}/api/auth/get-session`)).status()).toBe(200);

  const action = await request.post(`${baseURL}/`, {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: '["$@1"]',
  });
  expect(action.status()).toBe(400);
  expect((await action.json()).error).toMatch(/form actions/i);
});

test("bad input through the built app is a 4xx with a readable message, never a 5xx", async ({ request }) => {
  const cases = [
    { body: "{not json", headers: { "content-type": "application/json" }, status: 400 },
    { body: "answers=1", headers: { "content-type": "text/plain" }, status: 415 },
    { body: JSON.stringify({ answers, pad: "x".repeat(70 * 1024) }), headers: { "content-type": "application/json" }, status: 413 },
    { body: JSON.stringify({ answers: { ...answers, "skills.icd-coding": 11 } }), headers: { "content-type": "application/json" }, status: 422 },
  ];
  for (const entry of cases) {
    const response = await request.post("/api/v1/assessments", { data: Buffer.from(entry.body), headers: entry.headers });
    expect(response.status(), entry.body.slice(0, 40)).toBe(entry.status);
    expect((await response.json()).error).toEqual(expect.any(String));
  }
});

test("saving while the database is down answers 503 with a readable message", async ({ request }) => {
  const { downURL } = await import("./support/servers");
  const response = await request.post(`${downURL}/api/v1/assessments`, { data: { answers } });
  expect(response.status()).toBe(503);
  expect(response.headers()["retry-after"]).toBe("5");
  expect((await response.json()).error).toMatch(/could not reach the database/i);
});
