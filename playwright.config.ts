import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DOWN_PORT = PORT + 1;
const POSTGRES_PORT = PORT + 2;
/** Two more instances on the PostgreSQL server's database, for tests/e2e/two-instances.api.spec.ts. */
const INSTANCE_PORTS = [PORT + 3, PORT + 4];
export const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium when present (Playwright's own download is not reachable on every machine).
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const launchOptions = {
  executablePath: chromium,
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
};

// No internet on test machines: the breach check would only log its outage on every sign-up.
const serverEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  AUTH_BREACH_CHECK: "off",
  BETTER_AUTH_SECRET: "e2e-only-secret-not-for-real-use-0123456789",
};
/** The server `npm start` runs (scripts/serve.ts); it listens where HOST and PORT say. */
const SERVE = "node --import tsx scripts/serve.ts";
const listenOn = (port: number) => ({ HOST: "127.0.0.1", PORT: String(port) });
const startServer = `npx tsx scripts/migrate.ts deploy && ${SERVE}`;
/**
 * The tests are these servers' proxy: each test gives its requests a made-up client address in
 * X-Forwarded-For so it never spends another test's request limits, which works only where
 * 127.0.0.1 is a trusted proxy. The database-down server needs no addresses; a server that trusts
 * no proxy (and ignores the header) is started by tests/e2e/http-server.api.spec.ts.
 */
const trustTests = { TRUSTED_PROXIES: "127.0.0.1" };

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  timeout: 60_000,
  use: {
    baseURL,
    launchOptions,
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    screenshot: "only-on-failure",
  },
  projects: [
    // Pages at a small phone's width and at desktop width; API checks (*.api.spec.ts) once.
    {
      name: "mobile",
      // Flows that depend on the desktop table run at desktop width only (*.desktop.spec.ts).
      testIgnore: /\.(api|desktop)\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 360, height: 740 }, hasTouch: true },
    },
    // The database-outage flow runs once, at phone width.
    { name: "desktop", testIgnore: [/\.api\.spec\.ts$/, /db-outage\.spec\.ts$/], use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    { name: "api", testMatch: /\.api\.spec\.ts$/ },
  ],
  // The app is built once by `npm test` (or `npm run build`) before this runs.
  webServer: [
    {
      command: startServer,
      url: `${baseURL}/api/health`,
      env: { ...serverEnv, ...listenOn(PORT), ...trustTests, DATABASE_URL: "file:./data/e2e.db" },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The same build pointed at a database that refuses connections, for the outage tests.
      command: SERVE,
      url: `http://127.0.0.1:${DOWN_PORT}/`,
      env: { ...serverEnv, ...listenOn(DOWN_PORT), DATABASE_URL: "postgresql://nobody@127.0.0.1:1/unreachable" },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    ...(process.env.TEST_POSTGRES_URL
      ? [
          {
            command: startServer,
            url: `http://127.0.0.1:${POSTGRES_PORT}/api/health`,
            env: { ...serverEnv, ...listenOn(POSTGRES_PORT), ...trustTests, DATABASE_URL: process.env.TEST_POSTGRES_URL },
            reuseExistingServer: false,
            timeout: 120_000,
          },
          // Instances A and B: one database and one secret, as behind a load balancer. A small
          // submission limit keeps the cross-instance limit test short.
          ...INSTANCE_PORTS.map((port) => ({
            command: startServer,
            url: `http://127.0.0.1:${port}/api/health`,
            env: { ...serverEnv, ...listenOn(port), ...trustTests, DATABASE_URL: process.env.TEST_POSTGRES_URL!, RATE_LIMIT_SUBMISSIONS: "10" },
            reuseExistingServer: false,
            timeout: 120_000,
          })),
        ]
      : []),
  ],
});
