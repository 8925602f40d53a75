/**
 * `npm run bench:lighthouse [-- --runs 5 --no-build] [-- --set hindi]`: builds the app, serves it (scripts/serve.ts,
 * what `npm start` runs) on 127.0.0.1 against a scratch SQLite database, and runs Lighthouse
 * (mobile preset, Debian Chromium) on each page several times, the pages taken in turn so that
 * each run of a page and of the floor meet the same moment's machine. Prints the medians as a
 * Markdown table for docs/performance.md, with the floor's median beside each page and the
 * difference, and the size of the HTML each page sends. Every page is measured in English and,
 * where it says so, in Hindi (/hi/…) in the same turn; `--set hindi` measures only the floor and
 * the pages' two languages side by side (home, quiz, report).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildAnswers } from "../../tests/fixtures/answers";
import { personas } from "../../tests/fixtures/personas";
import { counsellorWithResults, median, serveBuild } from "./support";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    /** Runs for the pages without a target (home, career profile, dashboard), to keep `npm run bench` under 15 minutes. */
    "other-runs": { type: "string" },
    port: { type: "string", default: "3300" },
    "no-build": { type: "boolean", default: false },
    set: { type: "string", default: "all" },
  },
});
const runs = Number(values.runs);
const otherRuns = Math.min(runs, Number(values["other-runs"] ?? runs));
/** The pages the targets are about get every run: the floor, the quiz and the report. */
const TARGET_PAGES = new Set(["Floor (no client components)", "Quiz", "Report", "Report (Hindi)"]);
const hindiOnly = values.set === "hindi";
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const chrome = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Pages to measure: [label, path]. The report's path is filled in once a result exists. */
const PAGES: [string, string][] = [
  // The floor: a page with no client components of ours (only the framework's own runtime), so
  // each other page's cost over the framework shows against it.
  ["Floor (no client components)", "/report/deleted"],
  ["Home", "/"],
  ["Home (Hindi)", "/hi"],
  ["Quiz", "/assessment"],
  ["Quiz (Hindi)", "/hi/assessment"],
  ...(hindiOnly
    ? []
    : ([
        ["Career profile", "/careers/medical-coder"],
        ["Career: getting in", "/careers/medical-coder/path"],
        ["Career: certifications", "/careers/medical-coder/certifications"],
        ["Career: courses", "/careers/medical-coder/courses"],
      ] as [string, string][])),
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

/** "/report/<24 characters>…" as "/report/[id]…", so tables read the same from run to run. */
function displayPath(pagePath: string): string {
  return pagePath.replace(/^(\/hi)?\/report\/[A-Za-z0-9_-]{24}/, "$1/report/[id]");
}

/** The bytes of a page's HTML as they come over the wire with this Accept-Encoding (not decompressed). */
function htmlBytes(url: string, encoding: "identity" | "gzip"): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "accept-encoding": encoding, connection: "close" } }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`${url}: HTTP ${response.statusCode}`));
      if (encoding === "gzip" && response.headers["content-encoding"] !== "gzip") reject(new Error(`${url} was not sent gzipped`));
      let size = 0;
      response.on("data", (chunk: Buffer) => (size += chunk.length));
      response.on("end", () => resolve(size));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
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
    const report = await createReport();
    PAGES.push(["Report", report], ["Report (Hindi)", `/hi${report}`]);
    // Three dozen shared results for the dashboard.
    const cookie = hindiOnly
      ? ""
      : await counsellorWithResults(base, {
          name: "Lighthouse Counsellor",
          answers: [...personas, ...personas, ...personas].map((persona) => buildAnswers(persona.spec)),
        });
    if (!hindiOnly) PAGES.push(["Counsellor dashboard", "/counsellor"]);
    const headersFor = (pagePath: string) => (pagePath.startsWith("/counsellor") ? { Cookie: cookie } : undefined);
    for (const [, pagePath] of PAGES) {
      // Warm the server's caches once, as a visitor after the first would. No keep-alive: the
      // Lighthouse runs below block this process longer than the server keeps idle sockets.
      await (await fetch(`${base}${pagePath}`, { headers: { connection: "close", ...headersFor(pagePath) } })).arrayBuffer();
    }
    // Run by run, every page in turn (the floor first), so a busy moment on this shared machine
    // falls on the floor and the pages alike rather than on one page's runs.
    const samples = new Map<string, Sample[]>(PAGES.map(([, pagePath]) => [pagePath, []]));
    for (let run = 0; run < runs; run++) {
      for (const [label, pagePath] of PAGES) {
        if (run >= otherRuns && !TARGET_PAGES.has(label)) continue;
        samples.get(pagePath)!.push(lighthouse(`${base}${pagePath}`, scratch, headersFor(pagePath)));
      }
    }
    const pick = (pagePath: string, key: keyof Sample) => median(samples.get(pagePath)!.map((sample) => sample[key]));
    const floorPath = PAGES[0]![1];
    const rows = PAGES.map(([label, pagePath]) => {
      const performance = pick(pagePath, "performance");
      const difference = performance - pick(floorPath, "performance");
      const scriptOver = pick(pagePath, "scriptKb") - pick(floorPath, "scriptKb");
      return [
        `${label} (\`${displayPath(pagePath)}\`)`,
        String(performance),
        pagePath === floorPath ? "" : `${difference > 0 ? "+" : ""}${difference}`,
        samples.get(pagePath)!.map((sample) => sample.performance).join(", "),
        String(pick(pagePath, "accessibility")),
        `${Math.round(pick(pagePath, "lcpMs"))} ms`,
        `${Math.round(pick(pagePath, "tbtMs"))} ms`,
        pick(pagePath, "cls").toFixed(3),
        `${pick(pagePath, "scriptKb").toFixed(1)} KB`,
        pagePath === floorPath ? "" : `${scriptOver >= 0 ? "+" : ""}${scriptOver.toFixed(1)} KB`,
      ];
    });
    const runCounts = otherRuns === runs ? `${runs} run(s) per page` : `${runs} runs of the floor, the quiz and the report, ${otherRuns} of the other pages, taken in turn`;
    console.log(`\nLighthouse ${runCounts}, median; mobile preset; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
    console.log(`Floor: ${PAGES[0]![0]} (\`${floorPath}\`), median performance ${pick(floorPath, "performance")}, JS ${pick(floorPath, "scriptKb").toFixed(1)} KB\n`);
    console.log("| Page | Performance | vs floor | Single runs | Accessibility | LCP | TBT | CLS | JS transferred | JS over floor |");
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);

    const reportPath = PAGES.find(([label]) => label === "Report")![1];
    const htmlPages: [string, string][] = [
      ["Floor", floorPath],
      ["Quiz", "/assessment"],
      ["Report", reportPath],
      ["Report (Hindi)", `/hi${reportPath}`],
      ["Report details", `${reportPath}/details`],
    ];
    console.log("\nHTML size: the document as the server sends it, uncompressed and gzip (as a browser that accepts it gets it)\n");
    console.log("| Page | HTML | gzip |");
    console.log("| --- | --- | --- |");
    for (const [label, pagePath] of htmlPages) {
      const plain = await htmlBytes(`${base}${pagePath}`, "identity");
      const gzip = await htmlBytes(`${base}${pagePath}`, "gzip");
      console.log(`| ${label} (\`${displayPath(pagePath)}\`) | ${plain.toLocaleString("en-US")} bytes (${(plain / 1024).toFixed(1)} KB) | ${gzip.toLocaleString("en-US")} bytes (${(gzip / 1024).toFixed(1)} KB) |`);
    }
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
