/**
 * The three limited route handlers on a scratch SQLite file, with small limits set through the
 * environment: a plain 429 with Retry-After past the limit, counted per client address, and
 * refused before anything is read or stored.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_SERVER_MARK, CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/forwarded";
import { deployMigrations, migrationTarget } from "@/scripts/migrations/engine";
import { buildAnswers } from "../fixtures/answers";

// The handlers use the app's own database and environment (lib/db.ts, lib/env.ts), both read on
// first use: set them before the routes are imported.
const dir = mkdtempSync(path.join(os.tmpdir(), "coder-fit-limits-"));
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(dir, "limits.db")}`,
  RATE_LIMIT_WINDOW_SECONDS: "60",
  RATE_LIMIT_SUBMISSIONS: "3",
  RATE_LIMIT_SHARES: "2",
  RATE_LIMIT_INVITE_LOOKUPS: "2",
  // As in the process scripts/serve.ts runs, which sets the client address header.
  [APP_SERVER_MARK]: "1",
});

type Routes = {
  assessments: typeof import("@/app/api/v1/assessments/route");
  shares: typeof import("@/app/api/v1/assessments/[id]/shares/route");
  invites: typeof import("@/app/api/v1/invites/route");
  db: typeof import("@/lib/db");
};
let routes: Routes;

beforeAll(async () => {
  await deployMigrations(migrationTarget(process.env.DATABASE_URL));
  routes = {
    assessments: await import("@/app/api/v1/assessments/route"),
    shares: await import("@/app/api/v1/assessments/[id]/shares/route"),
    invites: await import("@/app/api/v1/invites/route"),
    db: await import("@/lib/db"),
  };
});
afterAll(async () => {
  await routes?.db.getDb().$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const BASE = "http://127.0.0.1:3000";
const answers = buildAnswers({ degree: "bpharm", pro: 4, con: 2, knowledgeCorrect: 4 });
const key = () => `limit_${crypto.randomUUID().replace(/-/g, "")}`;
const headersFrom = (address?: string) => ({
  "content-type": "application/json",
  // The header the HTTP server sets (lib/rate-limit/forwarded.ts); these calls skip that server.
  ...(address ? { [CLIENT_ADDRESS_HEADER]: address } : {}),
});

const submit = (address: string | undefined, body: unknown) =>
  routes.assessments.POST(
    new Request(`${BASE}/api/v1/assessments`, { method: "POST", headers: headersFrom(address), body: JSON.stringify(body) }),
    undefined as never,
  );
const shareByCode = (address: string, id: string, ownerKey: string) =>
  routes.shares.POST(
    new Request(`${BASE}/api/v1/assessments/${id}/shares`, {
      method: "POST",
      headers: { ...headersFrom(address), "x-owner-key": ownerKey },
      body: JSON.stringify({ code: "ABCD-EFGH", displayName: "Asha", consent: true }),
    }),
    { params: Promise.resolve({ id }) },
  );
const lookUp = (address: string) =>
  routes.invites.GET(new Request(`${BASE}/api/v1/invites?code=ABCD-EFGH`, { headers: headersFrom(address) }), undefined as never);

async function expectLimited(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get("content-type")).toContain("application/json");
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = await response.json();
  expect(body).toEqual({ error: expect.stringMatching(/^Too many requests .* Please try again in \d+ (seconds?|minutes?)\.$/), issues: [] });
}

describe("limited route handlers", () => {
  it("POST /api/v1/assessments: the fourth submission from one address is refused and not stored", async () => {
    const address = "198.51.100.10";
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await submit(address, { answers, submissionKey: key() })).status);
    expect(statuses).toEqual([201, 201, 201]);
    const stored = await routes.db.getDb().assessment.count();
    await expectLimited(await submit(address, { answers, submissionKey: key() }));
    expect(await routes.db.getDb().assessment.count()).toBe(stored);
    // Another address is not affected, and neither is a request without one (the shared bucket).
    expect((await submit("198.51.100.11", { answers, submissionKey: key() })).status).toBe(201);
    expect((await submit(undefined, { answers, submissionKey: key() })).status).toBe(201);
  });

  it("counts invalid submissions too: a flood of junk is refused like any other", async () => {
    const address = "198.51.100.12";
    for (let i = 0; i < 3; i++) expect((await submit(address, { answers: { nonsense: i } })).status).toBe(422);
    await expectLimited(await submit(address, { answers, submissionKey: key() }));
  });

  it("POST /api/v1/assessments/:id/shares: code guesses are limited per address", async () => {
    const { id, ownerKey } = (await (await submit("198.51.100.20", { answers, submissionKey: key() })).json()) as { id: string; ownerKey: string };
    const address = "198.51.100.21";
    expect((await shareByCode(address, id, ownerKey)).status).toBe(404);
    expect((await shareByCode(address, id, ownerKey)).status).toBe(404);
    await expectLimited(await shareByCode(address, id, ownerKey));
    expect((await shareByCode("198.51.100.22", id, ownerKey)).status).toBe(404);
  });

  it("GET /api/v1/invites: code look-ups are limited per address", async () => {
    const address = "198.51.100.30";
    expect((await lookUp(address)).status).toBe(404);
    expect((await lookUp(address)).status).toBe(404);
    await expectLimited(await lookUp(address));
    expect((await lookUp("2001:db8:30::1")).status).toBe(404);
  });
});
