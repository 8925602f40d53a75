/**
 * GET /api/v1/assessments/{id}/pdf on a scratch SQLite file: the download's headers, the same
 * figures as the stored result, the document in Hindi with `locale=hi`, 404 for unknown ids, 422
 * for a bad query or language, and its own request limit (set small here through the environment).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageWords } from "@/lib/i18n/page-words";
import { APP_SERVER_MARK, CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/forwarded";
import { deployMigrations, migrationTarget } from "@/scripts/migrations/engine";
import { buildAnswers } from "../fixtures/answers";
import { readPdfText } from "../support/pdf-text";

// The handlers read the app's database and environment on first use: set both before importing them.
const dir = mkdtempSync(path.join(os.tmpdir(), "coder-fit-pdf-"));
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(dir, "pdf.db")}`,
  RATE_LIMIT_WINDOW_SECONDS: "60",
  RATE_LIMIT_DOWNLOADS: "4",
  [APP_SERVER_MARK]: "1",
});

type Routes = {
  assessments: typeof import("@/app/api/v1/assessments/route");
  pdf: typeof import("@/app/api/v1/assessments/[id]/pdf/route");
  db: typeof import("@/lib/db");
};
let routes: Routes;
let created: { id: string; result: { overall: number; band: { label: string } } };

const BASE = "http://127.0.0.1:3000";

beforeAll(async () => {
  await deployMigrations(migrationTarget(process.env.DATABASE_URL));
  routes = {
    assessments: await import("@/app/api/v1/assessments/route"),
    pdf: await import("@/app/api/v1/assessments/[id]/pdf/route"),
    db: await import("@/lib/db"),
  };
  const response = await routes.assessments.POST(
    new Request(`${BASE}/api/v1/assessments`, {
      method: "POST",
      headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: "198.51.100.1" },
      body: JSON.stringify({ answers: buildAnswers({ degree: "nursing-allied", pro: 5, con: 1, knowledgeCorrect: 5 }) }),
    }),
    undefined as never,
  );
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  const stored = await (await import("@/lib/assessments/service")).getAssessment(id);
  created = { id, result: stored!.result };
});
afterAll(async () => {
  await routes?.db.getDb().$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const download = (id: string, query = "", address = "198.51.100.7") =>
  routes.pdf.GET(new Request(`${BASE}/api/v1/assessments/${id}/pdf${query}`, { headers: { [CLIENT_ADDRESS_HEADER]: address } }), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/v1/assessments/{id}/pdf", () => {
  it("answers a private PDF attachment with the stored result's figures", async () => {
    const response = await download(created.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="coder-fit-report-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    const read = await readPdfText(bytes);
    expect(read.pageCount).toBeLessThanOrEqual(6);
    expect(read.pages[0]).toContain(`${created.result.overall} out of 100`);
    expect(read.pages[0]).toContain(created.result.band.label);
  });

  it("adds the appendix with details=1", async () => {
    const [plain, detailed] = await Promise.all([download(created.id, "", "198.51.100.8"), download(created.id, "?details=1", "198.51.100.8")]);
    const pages = async (response: Response) => (await readPdfText(new Uint8Array(await response.arrayBuffer()))).pageCount;
    expect(await pages(detailed)).toBeGreaterThan(await pages(plain));
  });

  it("words the PDF in Hindi with locale=hi, under the same file name", async () => {
    const [english, hindi] = await Promise.all([download(created.id, "", "198.51.100.13"), download(created.id, "?locale=hi", "198.51.100.13")]);
    expect(hindi.status).toBe(200);
    expect(hindi.headers.get("content-disposition")).toBe(english.headers.get("content-disposition"));
    const read = await readPdfText(new Uint8Array(await hindi.arrayBuffer()));
    const report = pageWords("hi", "report");
    expect(read.pages[0]).toContain(`${created.result.overall} ${pageWords("hi", "pdf")("outOf")}`);
    expect(read.pages[0]).toContain(report("answer.actionsHeading"));
    expect(read.text).not.toContain("out of 100");
    expect(read.text).not.toContain("\u25cc");
  });

  it("answers 422 naming locale for a language it does not have, before reading anything", async () => {
    const response = await download("AAAAAAAAAAAAAAAAAAAAAAAA", "?locale=xx", "198.51.100.14");
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.issues).toEqual([{ path: "locale", message: expect.stringMatching(/hi \(/) }]);
  });

  it("answers 404 for an unknown or malformed id, like the report page", async () => {
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAAAA", "not-an-id"]) {
      const response = await download(id, "", "198.51.100.9");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect((await response.json()).issues).toEqual([]);
    }
  });

  it("answers 422 naming the parameter for a bad details value, before reading anything", async () => {
    const response = await download("AAAAAAAAAAAAAAAAAAAAAAAA", "?details=yes", "198.51.100.10");
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.issues).toEqual([{ path: "details", message: expect.stringMatching(/details=1/) }]);
  });

  it("counts downloads per address and answers 429 with Retry-After past the limit", async () => {
    const address = "198.51.100.11";
    for (let i = 0; i < 4; i++) expect((await download("AAAAAAAAAAAAAAAAAAAAAAAA", "", address)).status).toBe(404);
    const refused = await download(created.id, "", address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await download(created.id, "", "198.51.100.12")).status).toBe(200);
  });
});
