/**
 * `npm run bench:lighthouse [-- --runs 3 --no-build]`: builds the app, serves it with
 * `next start` on 127.0.0.1 against a scratch SQLite database, and runs Lighthouse (mobile
 * preset, Debian Chromium) on each page several times. Prints the medians as a Markdown table
 * for docs/performance.md.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildAnswers } from "../../tests/fixtures/answers";
import { personas } from "../../tests/fixtures/personas";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3300" },
    "no-build": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const chrome = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Pages to measure: [label, path]. The report's path is filled in once a result exists. */
const PAGES: [string, string][] = [
  // The floor: a page with no client components of ours (only the framework's own runtime), so
  // each other page's cost over the framework shows against it.
  ["Floor (no client components)", "/report/deleted"],
  ["Home", "/"],
  ["Quiz", "/assessment"],
];

/** A counsellor with three dozen shared results; returns the session cookie for the dashboard. */
async function createCounsellor(): Promise<string> {
  const post = async (pathname: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, connection: "close", "x-forwarded-for": "10.1.2.3", ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${pathname}: HTTP ${response.status}`);
    return response;
  };
  const email = `lighthouse-${Date.now()}@example.org`;
  await post("/api/auth/sign-up/email", { name: "Lighthouse Counsellor", email, password: "lighthouse password" });
  const signIn = await post("/api/auth/sign-in/email", { email, password: "lighthouse password" });
  const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
  const cohort = (await (await post("/api/v1/counsellor/cohorts", { name: "Lighthouse cohort" }, { cookie })).json()) as {
    cohort: { inviteUrl: string };
  };
  const inviteToken = cohort.cohort.inviteUrl.split("/join/")[1]!;
  for (const [i, persona] of [...personas, ...personas, ...personas].entries()) {
    await post("/api/v1/assessments", {
      answers: buildAnswers(persona.spec),
      share: { inviteToken, displayName: `Student ${i + 1}`, consent: true },
    });
  }
  return cookie;
}

/** Stores one realistic result through the public API and returns its report path. */
async function createReport(): Promise<string> {
  const persona = personas.find((entry) => entry.id === "bpharm-career-changer")!;
  const response = await fetch(`${base}/api/v1/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json", connection: "close" },
    body: JSON.stringify({ answers: buildAnswers(persona.spec) }),
  });
  if (response.status !== 201) throw new Error(`Could not create a report: HTTP ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  return `/report/${id}`;
}

interface Sample {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptKb: number;
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Lighthouse sometimes fails to record a trace in headless Chromium (NO_NAVSTART, NO_FCP) for a
 * reason of its own, not the page's; such a run is repeated, up to three attempts.
 */
const TRANSIENT = /NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT|NO_TRACING_STARTED|Something went wrong with recording the trace/;

function lighthouse(url: string, scratch: string, headers?: Record<string, string>): Sample {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(url, scratch, headers);
    } catch (error) {
      if (attempt >= 3 || !TRANSIENT.test(String(error))) throw error;
      console.warn(`Lighthouse could not record ${url} (attempt ${attempt}); trying again.`);
    }
  }
}

function lighthouseOnce(url: string, scratch: string, headers?: Record<string, string>): Sample {
  const output = path.join(scratch, "report.json");
  const run = spawnSync(
    process.execPath,
    [
      path.join("node_modules", "lighthouse", "cli", "index.js"),
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      "--only-categories=performance,accessibility",
      ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
      "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage --disable-background-networking --disable-component-update",
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${run.stderr}`);
  type Report = {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number; details?: { items?: { resourceType: string; transferSize: number }[] } }>;
  };
  const report = JSON.parse(readFileSync(output, "utf8")) as Report;
  const scripts = report.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    scriptKb: (scripts?.transferSize ?? 0) / 1024,
  };
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url, { headers: { connection: "close" } });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "coder-fit-bench-"));
  const databaseUrl = `file:${path.join(scratch, "bench.db")}`;
  if (!values["no-build"]) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(1);
  }
  const migrate = spawnSync("npx", ["tsx", "scripts/migrate.ts", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`Migrations failed:\n${migrate.stderr}`);
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_BREACH_CHECK: "off",
      BETTER_AUTH_SECRET: "bench-only-secret-not-for-real-use-0123456789",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitFor(`${base}/api/health`);
    PAGES.push(["Report", await createReport()]);
    const cookie = await createCounsellor();
    PAGES.push(["Counsellor dashboard", "/counsellor"]);
    const rows: string[] = [];
    for (const [label, pagePath] of PAGES) {
      const headers = pagePath.startsWith("/counsellor") ? { Cookie: cookie } : undefined;
      // Warm the server's caches once, as a visitor after the first would. No keep-alive: the
      // Lighthouse runs below block this process longer than the server keeps idle sockets.
      await (await fetch(`${base}${pagePath}`, { headers: { connection: "close", ...headers } })).arrayBuffer();
      const samples = Array.from({ length: runs }, () => lighthouse(`${base}${pagePath}`, scratch, headers));
      const pick = (key: keyof Sample) => median(samples.map((sample) => sample[key]));
      rows.push(
        `| ${label} (\`${pagePath.replace(/^\/report\/[A-Za-z0-9_-]{24}$/, "/report/[id]")}\`) | ${pick("performance")} | ${pick("accessibility")} | ${Math.round(pick("lcpMs"))} ms | ${Math.round(pick("tbtMs"))} ms | ${pick("cls").toFixed(3)} | ${pick("scriptKb").toFixed(1)} KB |`,
      );
    }
    console.log(`\nLighthouse ${runs} run(s) per page, median; mobile preset; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`);
    console.log("| Page | Performance | Accessibility | LCP | TBT | CLS | JS transferred |");
    console.log("| --- | --- | --- | --- | --- | --- | --- |");
    for (const row of rows) console.log(row);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : error);
    process.exit(1);
  },
);
