/**
 * No personal data in the server's logs. Starts its own two servers as `npm start` runs them
 * (scripts/serve.ts; E2E_PORT+5 on a fresh SQLite file, E2E_PORT+6 on a database that refuses
 * connections) with their output captured, drives a full flow through them (sharing by invite
 * and by code with a name and email, counsellor sign-up and sign-in, notes, bad requests, 404s,
 * the database down), then searches everything they printed for the names, emails, note text,
 * password and answers sent.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { apiAnswers, fakeAddress } from "./support/counsellor";
import { sections } from "./support/quiz";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_URL = `http://127.0.0.1:${BASE_PORT + 5}`;
const DOWN_URL = `http://127.0.0.1:${BASE_PORT + 6}`;
const UNREACHABLE = "postgresql://nobody@127.0.0.1:1/unreachable";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const person = {
  counsellorName: "Aarav Logcheck-Mehta",
  counsellorEmail: `aarav.logcheck.${tag}@example.org`,
  password: `logcheck password ${tag}`,
  studentName: "Ishita Logcheck-Varma",
  studentEmail: `ishita.logcheck.${tag}@example.org`,
  secondName: "Rohan Logcheck-Pillai",
  secondEmail: `rohan.logcheck.${tag}@example.org`,
  note: `Wants weekend classes near Pune, asked about fees ${tag}`,
  editedNote: `Booked a call for Thursday about the CPC course ${tag}`,
};

const output: string[] = [];
const servers: ChildProcess[] = [];
let dataDir = "";

function startServer(port: number, databaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      // This test is the proxy: it sends each client's made-up address in X-Forwarded-For.
      TRUSTED_PROXIES: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      AUTH_BREACH_CHECK: "off",
      BETTER_AUTH_SECRET: "e2e-only-secret-not-for-real-use-0123456789",
      DATABASE_URL: databaseUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  servers.push(child);
  return child;
}

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not start:\n${output.join("")}`);
}

/** Client addresses count as personal data too. */
const addresses: string[] = [];
function client(baseURL: string): Promise<APIRequestContext> {
  const address = fakeAddress();
  addresses.push(address);
  return request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, "x-forwarded-for": address } });
}

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "coder-fit-log-privacy-"));
  const databaseUrl = `file:${path.join(dataDir, "app.db")}`;
  const migrate = spawnSync("npx", ["tsx", "scripts/migrate.ts", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  expect(migrate.status, migrate.stderr).toBe(0);
  startServer(BASE_PORT + 5, databaseUrl);
  startServer(BASE_PORT + 6, UNREACHABLE);
  await Promise.all([waitUntilServing(`${APP_URL}/api/health`), waitUntilServing(`${DOWN_URL}/api/health`)]);
});

test.afterAll(async () => {
  await Promise.all(
    servers.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  rmSync(dataDir, { recursive: true, force: true });
});

test("a full flow leaves no name, email, note, password or answer in the server's logs", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const counsellor = await client(APP_URL);
  const student = await client(APP_URL);
  const answers = apiAnswers(3);

  // Counsellor: sign up, a repeated sign-up, a wrong password, an unknown address, then signed in.
  const account = { name: person.counsellorName, email: person.counsellorEmail, password: person.password };
  expect((await counsellor.post("/api/auth/sign-up/email", { data: account })).ok()).toBe(true);
  await counsellor.post("/api/auth/sign-up/email", { data: account });
  expect((await counsellor.post("/api/auth/sign-in/email", { data: { email: person.counsellorEmail, password: "wrong password 123" } })).status()).toBe(401);
  expect((await counsellor.post("/api/auth/sign-in/email", { data: { email: person.studentEmail, password: person.password } })).status()).toBe(401);
  expect((await counsellor.post("/api/auth/sign-up/email", { data: { ...account, email: `not-an-email ${person.counsellorEmail}` } })).status()).toBe(400);
  expect((await counsellor.post("/api/auth/sign-in/email", { data: { email: person.counsellorEmail, password: person.password } })).ok()).toBe(true);
  const cohort = (await (await counsellor.post("/api/v1/counsellor/cohorts", { data: { name: "Logcheck batch" } })).json()) as {
    cohort: { inviteUrl: string; code: string };
  };
  const inviteToken = cohort.cohort.inviteUrl.split("/join/")[1]!;

  // Student: shares by invite with name and email, then a second result by code.
  expect((await student.get(`/join/${inviteToken}`)).status()).toBe(200);
  const share = { inviteToken, displayName: person.studentName, email: person.studentEmail, consent: true };
  const saved = await student.post("/api/v1/assessments", { data: { answers, share } });
  expect(saved.status()).toBe(201);
  const { id, ownerKey } = (await saved.json()) as { id: string; ownerKey: string };
  const owner = { "X-Owner-Key": ownerKey };
  expect((await student.get(`/report/${id}`)).status()).toBe(200);
  expect((await student.get(`/report/${id}/opengraph-image`)).status()).toBe(200);
  const second = (await (await student.post("/api/v1/assessments", { data: { answers: apiAnswers(1) } })).json()) as { id: string; ownerKey: string };
  const secondOwner = { "X-Owner-Key": second.ownerKey };
  const byCode = { code: cohort.cohort.code, displayName: person.secondName, email: person.secondEmail, consent: true };
  expect((await student.post(`/api/v1/assessments/${second.id}/shares`, { headers: secondOwner, data: byCode })).status()).toBe(201);

  // Bad requests that carry personal data.
  const badJson = Buffer.from(`{"answers":{"education.degree":"bpharm"},"share":{"displayName":"${person.studentName}","email":"${person.studentEmail}"`);
  expect((await student.post("/api/v1/assessments", { headers: { "content-type": "application/json" }, data: badJson })).status()).toBe(400);
  expect((await student.post("/api/v1/assessments", { data: { answers, share: { ...share, consent: false } } })).status()).toBe(422);
  expect((await student.post("/api/v1/assessments", { data: { answers: { ...answers, "education.degree": person.studentEmail } } })).status()).toBe(422);
  expect((await student.post(`/api/v1/assessments/${second.id}/shares`, { headers: secondOwner, data: { ...byCode, code: "ZZZZ-ZZZZ" } })).status()).toBe(404);
  const huge = { answers, share, padding: person.note.repeat(3_000) };
  expect((await student.post("/api/v1/assessments", { data: huge })).status()).toBe(413);

  // Counsellor at work: a search by name, the result, notes, review, the CSV, the result page.
  const list = (await (await counsellor.get(`/api/v1/counsellor/results?q=${encodeURIComponent(person.studentName)}`)).json()) as {
    rows: { id: string }[];
  };
  const shareId = list.rows[0]!.id;
  expect((await counsellor.get(`/api/v1/counsellor/results/${shareId}`)).status()).toBe(200);
  const note = await counsellor.post(`/api/v1/counsellor/results/${shareId}/notes`, { data: { body: person.note } });
  expect(note.status()).toBe(201);
  const noteId = ((await note.json()) as { note: { id: string } }).note.id;
  expect((await counsellor.patch(`/api/v1/counsellor/results/${shareId}/notes/${noteId}`, { data: { body: person.editedNote } })).ok()).toBe(true);
  expect((await counsellor.post(`/api/v1/counsellor/results/${shareId}/notes`, { data: { body: `${person.note} `.repeat(400) } })).status()).toBe(422);
  expect((await counsellor.put(`/api/v1/counsellor/results/${shareId}/review`, { data: { reviewed: true } })).ok()).toBe(true);
  expect(await (await counsellor.get("/api/v1/counsellor/results/export")).text()).toContain(person.studentEmail);
  expect((await counsellor.get(`/counsellor/results/${shareId}`)).status()).toBe(200);

  // 404s, then the student withdraws.
  expect((await student.get("/report/AAAAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(404);
  expect((await student.get(`/no-such-page?email=${encodeURIComponent(person.studentEmail)}`)).status()).toBe(404);
  expect((await counsellor.get("/api/v1/counsellor/results/AAAAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(404);
  const shares = (await (await student.get(`/api/v1/assessments/${id}/shares`, { headers: owner })).json()) as { shares: { id: string }[] };
  expect((await student.delete(`/api/v1/assessments/${id}/shares/${shares.shares[0]!.id}`, { headers: owner })).status()).toBe(204);

  // The same kinds of request while the database refuses connections.
  const down = await client(DOWN_URL);
  expect((await down.post("/api/v1/assessments", { data: { answers, share } })).status()).toBe(503);
  expect((await down.post(`/api/v1/assessments/${id}/shares`, { headers: owner, data: byCode })).status()).toBe(503);
  expect((await down.post("/api/auth/sign-in/email", { data: { email: person.counsellorEmail, password: person.password } })).status()).toBeGreaterThanOrEqual(500);
  expect((await down.post("/api/auth/sign-up/email", { data: account })).status()).toBeGreaterThanOrEqual(500);
  expect((await down.get(`/report/${id}`)).status()).toBeGreaterThanOrEqual(500);
  await down.get(`/join/${inviteToken}`);
  await down.get("/counsellor");
  for (const context of [counsellor, student, down]) await context.dispose();

  // Give the servers a moment to flush what they print after answering.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const log = output.join("");
  await testInfo.attach("server-output.txt", { body: log, contentType: "text/plain" });

  // Answers: every item id (any dump of a body names them) and the values too distinctive to occur by chance.
  const answerText = sections
    .flatMap((section) => section.items)
    .flatMap((item) => [item.id, String(answers[item.id])])
    .filter((text) => text.includes(".") || text.length > 9);
  const secrets = [...Object.values(person), ...person.counsellorName.split(" "), ...person.studentName.split(" "), tag, ...answerText, ...addresses];
  const found = secrets.filter((secret) => log.toLowerCase().includes(secret.toLowerCase()));
  expect(found, `personal data in the logs:\n${log}`).toEqual([]);
  expect(log.match(/[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/gi) ?? [], "an email address in the logs").toEqual([]);

  // And the capture works: the outage and Better Auth's warnings (through our logger) were printed.
  expect(log).toContain("[api] database unavailable");
  expect(log).toMatch(/\[Better Auth\] WARN: /);
});
