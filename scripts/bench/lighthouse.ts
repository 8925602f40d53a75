/**
 * `npm run bench:lighthouse [-- --runs 3 --no-build]`: builds the app, serves it with
 * `next start` on 127.0.0.1 against a scratch SQLite database, and runs Lighthouse (mobile
 * preset, Debian Chromium) on each page several times. Prints the medians as a Markdown table
 * for docs/performance.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildAnswers } from "../../tests/fixtures/answers";
import { personas } from "../../tests/fixtures/personas";
import { counsellorWithResults, median, serveBuild } from "./support";

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

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "coder-fit-bench-"));
  const databaseUrl = `file:${path.join(scratch, "bench.db")}`;
  if (!values["no-build"]) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(1);
  }
  const server = await serveBuild(databaseUrl, port);
  try {
    PAGES.push(["Report", await createReport()]);
    // Three dozen shared results for the dashboard.
    const cookie = await counsellorWithResults(base, {
      name: "Lighthouse Counsellor",
      answers: [...personas, ...personas, ...personas].map((persona) => buildAnswers(persona.spec)),
    });
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
    server.stop();
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
