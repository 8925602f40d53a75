/**
 * The database goes down while a student is on the last step of the quiz, and comes back.
 * The built app runs on its own fresh PostgreSQL database, reached through a TCP proxy this test
 * controls: "down" refuses new connections and cuts the open ones, as a stopped server would.
 * Nothing may be lost: the quiz shows what happened and offers to try again, keeps every answer
 * (through a reload too), /api/health says 503, and once the database is back the retry makes
 * exactly one record. Needs PostgreSQL at TEST_POSTGRES_URL; without it the test is reported as
 * skipped with that reason. Runs once, at phone width (the mobile project).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createDb } from "../../lib/db";
import { QUIZ_STORAGE_KEY } from "../../lib/quiz/storage";
import { answerByPointer, next, sections, STEP_COUNT, steps } from "./support/quiz";
import { adminQuery } from "./support/postgres";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";

const postgresUrl = process.env.TEST_POSTGRES_URL?.trim() || undefined;
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
/** After the ports playwright.config.ts uses (base to base + 2) and any a neighbour spec takes. */
const APP_PORT = BASE_PORT + 5;
const PROXY_PORT = BASE_PORT + 6;
const appURL = `http://127.0.0.1:${APP_PORT}`;
const itemCount = sections.reduce((sum, section) => sum + section.items.length, 0);

/** The test's own database on the TEST_POSTGRES_URL server, and the same one through the proxy. */
function databaseUrls(serverUrl: string) {
  const direct = new URL(serverUrl);
  const name = `${decodeURIComponent(direct.pathname.slice(1)) || "postgres"}_outage`.replace(/[^A-Za-z0-9_]/g, "_");
  direct.pathname = `/${name}`;
  const proxied = new URL(direct);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(PROXY_PORT);
  return { name, direct: direct.toString(), proxied: proxied.toString(), host: direct.hostname, port: Number(direct.port || 5432) };
}

async function healthStatus(page: Page): Promise<number> {
  return (await page.request.get(`${appURL}/api/health`, { timeout: 10_000 })).status();
}

async function waitForHealth(status: number, timeoutMs: number, server: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await fetch(`${appURL}/api/health`).then((response) => response.status, () => 0);
    if (answer === status) return;
    if (Date.now() > deadline) throw new Error(`/api/health never answered ${status} (last: ${answer})\n${server()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const storedProgress = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null") as { submissionKey: string; answers: Record<string, unknown> } | null, QUIZ_STORAGE_KEY);

test.describe("a database outage during the quiz", () => {
  test.skip(!postgresUrl, "Needs PostgreSQL: set TEST_POSTGRES_URL to run the database-outage test.");
  test.describe.configure({ mode: "serial" });
  test.use({ baseURL: appURL });

  let proxy: TcpProxy | undefined;
  let server: ChildProcess | undefined;
  let serverOutput = "";
  const urls = postgresUrl ? databaseUrls(postgresUrl) : undefined;

  test.beforeAll(async ({}) => {
    test.setTimeout(120_000);
    const { name, direct, proxied, host, port } = urls!;
    await adminQuery(postgresUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(postgresUrl!, `CREATE DATABASE "${name}"`);
    const migrate = spawnSync("npx", ["tsx", "scripts/migrate.ts", "deploy"], {
      env: { ...process.env, DATABASE_URL: direct },
      encoding: "utf8",
    });
    if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

    proxy = await startTcpProxy({ port: PROXY_PORT, targetHost: host, targetPort: port });
    // The built app on our HTTP server, as `npm start` runs it (no npx in between, so the process
    // this test stops is the server). Not `next start -H 127.0.0.1`: Next.js proxies its own
    // proxy's rewrites there and the language routing loops (docs/deployment.md).
    server = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(APP_PORT),
        DATABASE_URL: proxied,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_BREACH_CHECK: "off",
        BETTER_AUTH_SECRET: "e2e-only-secret-not-for-real-use-0123456789",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk) => (serverOutput += chunk));
    server.stderr!.on("data", (chunk) => (serverOutput += chunk));
    await waitForHealth(200, 60_000, () => serverOutput);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await proxy?.close();
    if (urls) await adminQuery(postgresUrl!, `DROP DATABASE IF EXISTS "${urls.name}" WITH (FORCE)`);
  });

  test("keeps the answers, offers to try again, and saves exactly once when the database is back", async ({ page }) => {
    await page.goto("/assessment");
    for (const [i, step] of steps.entries()) {
      await answerByPointer(page, step);
      await next(page, i + 2);
    }
    const { submissionKey } = (await storedProgress(page))!;
    expect(submissionKey).toMatch(/^[A-Za-z0-9_-]{16,64}$/);

    await proxy!.down();
    expect(await healthStatus(page)).toBe(503);

    await page.getByRole("button", { name: /see my report/i }).click();
    // Scoped to main: Next.js's route announcer is also an alert region.
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText(/couldn't save your answers/i);
    await expect(alert).toContainText(/still on this device/i);
    // The server answered (503), so the fault is named as ours, not the person's connection.
    await expect(alert).toContainText(/on our side/i);
    await expect(page.getByRole("button", { name: /try again/i })).toBeVisible();
    await expect(page).toHaveURL(/\/assessment/);

    // A reload while the database is still down: every answer is still there.
    await page.reload();
    await page.getByRole("button", { name: "Continue where you left off" }).click();
    await expect(page.getByText(`Step ${STEP_COUNT} of ${STEP_COUNT}`)).toBeVisible();
    await expect(page.getByRole("main").getByText("Not answered yet")).toHaveCount(0);
    const afterReload = (await storedProgress(page))!;
    expect(afterReload.submissionKey).toBe(submissionKey);
    expect(Object.keys(afterReload.answers)).toHaveLength(itemCount);

    // Still down: the second attempt fails the same way, and is not a dead end either.
    await page.getByRole("button", { name: /see my report/i }).click();
    await expect(alert).toContainText(/couldn't save your answers/i);
    const retry = page.getByRole("button", { name: /try again/i });
    await expect(retry).toBeVisible();
    expect(await healthStatus(page)).toBe(503);

    await proxy!.up();
    await waitForHealth(200, 15_000, () => serverOutput);
    await retry.click();
    await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);
    const reportId = page.url().split("/").pop();
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();

    const { db } = createDb(urls!.direct);
    try {
      const rows = await db.assessment.findMany({ where: { submissionKey }, select: { id: true } });
      expect(rows).toEqual([{ id: reportId }]);
      expect(await db.assessment.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
    expect(serverOutput).not.toMatch(/uncaught|unhandled/i);
  });
});
