/**
 * While the database is down or hung, nobody gets a 500 or waits without end: people get a calm
 * "we'll be back shortly" page, API clients the API's JSON error, both with 503 and Retry-After
 * (lib/db-outage.ts). Runs once, at phone width (the mobile project).
 *
 * - Down: the server playwright.config.ts points at a database that refuses connections. A
 *   counsellor signed in on the working server brings their session cookie along (one secret),
 *   so the session lookup is what meets the outage.
 * - Hung (needs TEST_POSTGRES_URL): its own server on a fresh PostgreSQL database reached through
 *   a TCP proxy that freezes (accepts, then forwards nothing, like a server stopped with SIGSTOP).
 *   Every request must answer 503 within the time limit of lib/db.ts (5 s), not hang.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { adminQuery } from "./support/postgres";
import { fakeAddress, uniqueEmail } from "./support/counsellor";
import { downURL } from "./support/servers";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";

const postgresUrl = process.env.TEST_POSTGRES_URL?.trim() || undefined;
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
/** After the ports of playwright.config.ts (+0 to +4), log-privacy and db-outage (+5, +6) and http-server (+7). */
const HUNG_APP_PORT = BASE_PORT + 8;
const HUNG_PROXY_PORT = BASE_PORT + 9;
const hungURL = `http://127.0.0.1:${HUNG_APP_PORT}`;
/** lib/db.ts's limit, plus room for a slow, shared machine; a hung request would take forever. */
const ANSWER_WITHIN_MS = 8_000;
const PASSWORD = "a long enough password";
const REPORT_PATH = `/report/${"a".repeat(24)}`;
/** What must never reach a person or a client: the driver's words, addresses, stack frames. */
const LEAKS = /PrismaClient|DatabaseUnavailableError|ECONNREFUSED|Can.t reach database|127\.0\.0\.1:1\b|Query read timeout|^\s+at\s|\bat \S+ \(/m;

/** The mobile project's tests; the desktop project (which also picks this file up) skips them. */
const atPhoneWidth = (project: string) => project === "mobile";
test.skip(() => !atPhoneWidth(test.info().project.name), "Runs once, at phone width.");

/** Signs a new counsellor up and in on `server`; the page's context keeps the session cookie. */
async function signIn(page: Page, server: string): Promise<void> {
  const headers = { origin: server, "x-forwarded-for": fakeAddress() };
  const email = uniqueEmail("outage");
  const up = await page.request.post(`${server}/api/auth/sign-up/email`, { headers, data: { name: "Outage Counsellor", email, password: PASSWORD } });
  expect(up.ok(), await up.text()).toBe(true);
  const signedIn = await page.request.post(`${server}/api/auth/sign-in/email`, { headers, data: { email, password: PASSWORD } });
  expect(signedIn.ok(), await signedIn.text()).toBe(true);
}

async function expectJson503(response: APIResponse): Promise<void> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(503);
  expect(response.headers()["retry-after"]).toBe("5");
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({ error: expect.stringMatching(/could not reach the database.*try again/i), issues: [] });
}

async function expectCalmPage(page: Page, response: Response | null): Promise<void> {
  expect(response?.status(), response?.url()).toBe(503);
  expect(response?.headers()["retry-after"]).toBe("5");
  expect(await response?.text()).not.toMatch(LEAKS);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/we.ll be back shortly/i);
  await expect(page.getByRole("main")).toContainText(/try again in a minute/i);
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  const shown = await page.locator("body").innerText();
  expect(shown).not.toMatch(LEAKS);
  expect(shown).not.toMatch(/reference code|something went wrong/i);
}

test.describe("while the database refuses connections", () => {
  test("the report, counsellor and sign-in pages are a calm 503 page", async ({ page, baseURL }, testInfo) => {
    await signIn(page, baseURL!);
    for (const path of [REPORT_PATH, "/counsellor", "/counsellor/cohorts", "/counsellor/sign-in"]) {
      const response = await page.goto(`${downURL}${path}`);
      await expectCalmPage(page, response);
      if (path === REPORT_PATH) {
        const file = testInfo.outputPath("report-while-database-down-360px.png");
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach("report while the database is down, 360 px", { path: file, contentType: "image/png" });
      }
    }
  });

  test("the counsellor API, the session and sign-in answer JSON 503 with Retry-After", async ({ page, baseURL }) => {
    await signIn(page, baseURL!);
    for (const path of ["/api/v1/counsellor/results", "/api/v1/counsellor/cohorts", "/api/v1/counsellor/analytics", "/api/auth/get-session"]) {
      await expectJson503(await page.request.get(`${downURL}${path}`));
    }
    const signInAttempt = await page.request.post(`${downURL}/api/auth/sign-in/email`, {
      headers: { origin: downURL },
      data: { email: uniqueEmail("outage"), password: PASSWORD },
    });
    await expectJson503(signInAttempt);
  });

  test("the sign-in form, which needs no database to show, says to try again", async ({ page }) => {
    const response = await page.goto(`${downURL}/counsellor/sign-in`);
    expect(response?.status()).toBe(200);
    await page.getByLabel("Email").fill(uniqueEmail("outage"));
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    const answer = page.waitForResponse((candidate) => candidate.url().endsWith("/api/auth/sign-in/email"));
    await page.getByRole("button", { name: /sign in/i }).click();
    expect((await answer).status()).toBe(503);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText(/try again/i);
    expect(await alert.innerText()).not.toMatch(LEAKS);
  });
});

test.describe("while the database hangs", () => {
  test.skip(!postgresUrl, "Needs PostgreSQL: set TEST_POSTGRES_URL to run the hung-database test.");
  test.describe.configure({ mode: "serial" });

  let proxy: TcpProxy | undefined;
  let server: ChildProcess | undefined;
  let output = "";
  let databaseName = "";

  test.beforeAll(async ({}, testInfo) => {
    // Its ports are fixed: only one project may start this server.
    if (!atPhoneWidth(testInfo.project.name)) return;
    test.setTimeout(120_000);
    const direct = new URL(postgresUrl!);
    databaseName = `${decodeURIComponent(direct.pathname.slice(1)) || "postgres"}_hung`.replace(/[^A-Za-z0-9_]/g, "_");
    direct.pathname = `/${databaseName}`;
    await adminQuery(postgresUrl!, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await adminQuery(postgresUrl!, `CREATE DATABASE "${databaseName}"`);
    const migrate = spawnSync("npx", ["tsx", "scripts/migrate.ts", "deploy"], { env: { ...process.env, DATABASE_URL: direct.toString() }, encoding: "utf8" });
    if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

    proxy = await startTcpProxy({ port: HUNG_PROXY_PORT, targetHost: direct.hostname, targetPort: Number(direct.port || 5432) });
    const proxied = new URL(direct);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(HUNG_PROXY_PORT);
    // The server `npm start` runs, as the browser tests' other servers.
    server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_BREACH_CHECK: "off",
        BETTER_AUTH_SECRET: "e2e-only-secret-not-for-real-use-0123456789",
        DATABASE_URL: proxied.toString(),
        HOST: "127.0.0.1",
        PORT: String(HUNG_APP_PORT),
        TRUSTED_PROXIES: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const deadline = Date.now() + 90_000;
    for (;;) {
      const status = await fetch(`${hungURL}/api/health`).then((response) => response.status, () => 0);
      if (status === 200) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`${hungURL} did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGKILL");
      await exited;
    }
    await proxy?.close();
    if (databaseName) await adminQuery(postgresUrl!, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  });

  test("pages, the counsellor API and sign-in answer 503 within the time limit", async ({ page }) => {
    test.setTimeout(90_000);
    // A counsellor who signed in while the database answered, so the pool holds open connections.
    await signIn(page, hungURL);
    await proxy!.freeze();

    const timed = async <T>(request: () => Promise<T>) => {
      const started = Date.now();
      const answer = await request();
      return { answer, ms: Date.now() - started };
    };
    // A request that hangs fails here (after 20 s) rather than at the status check.
    const timeout = 20_000;
    const [results, signInAttempt] = await Promise.all([
      timed(() => page.request.get(`${hungURL}/api/v1/counsellor/results`, { timeout })),
      timed(() =>
        page.request.post(`${hungURL}/api/auth/sign-in/email`, {
          headers: { origin: hungURL, "x-forwarded-for": fakeAddress() },
          data: { email: uniqueEmail("outage"), password: PASSWORD },
          timeout,
        }),
      ),
    ]);
    for (const { answer, ms } of [results, signInAttempt]) {
      await expectJson503(answer);
      expect(ms, answer.url()).toBeLessThan(ANSWER_WITHIN_MS);
    }

    for (const path of [REPORT_PATH, "/counsellor"]) {
      const { answer, ms } = await timed(() => page.goto(`${hungURL}${path}`, { timeout }));
      await expectCalmPage(page, answer);
      expect(ms, path).toBeLessThan(ANSWER_WITHIN_MS + 2_000);
    }
    expect(output).not.toMatch(/uncaught|unhandled/i);
  });
});
