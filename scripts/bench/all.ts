/**
 * `npm run bench`: every benchmark, one after another, on this machine. Builds the app once, then
 * runs Lighthouse on five pages (the floor, home, quiz, a report, the counsellor dashboard),
 * autocannon against three requests on SQLite and PostgreSQL, the dashboard's queries and CSV
 * export at 100,000 and 1,000,000 results on both databases, and scoring throughput. Each part
 * prints its own Markdown table; docs/performance.md holds the latest figures.
 * Lighthouse runs the floor, the quiz and the report five times and the other pages three times.
 * `-- --quick` runs shorter versions (one Lighthouse run, 5 s of load, 10,000 and 100,000 rows).
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const quick = values.quick;

const steps: { name: string; command: string[]; env?: Record<string, string> }[] = [
  { name: "Build", command: ["npx", "next", "build"] },
  { name: "Pages (Lighthouse)", command: ["npx", "tsx", "scripts/bench/lighthouse.ts", "--no-build", "--runs", quick ? "1" : "5", "--other-runs", quick ? "1" : "3"] },
  { name: "Server (autocannon)", command: ["npx", "tsx", "scripts/bench/server.ts", "--seconds", quick ? "5" : "20"] },
  {
    name: `Data: ${quick ? "10,000 and 100,000" : "100,000 and 1,000,000"} results`,
    command: ["npx", "tsx", "--conditions=react-server", "scripts/bench/counsellor.ts"],
    env: { BENCH_STAGES: quick ? "10000,100000" : "100000,1000000", BENCH_ASSESSMENTS: quick ? "2000" : "10000" },
  },
  { name: "Scoring", command: ["npx", "tsx", "scripts/bench/scoring.ts"] },
];

/** Runs a step with its output shown as it comes and kept for the results file. */
function runStep(command: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on("close", (status) => resolve({ status, output }));
  });
}

/** The parts of a step's output worth keeping: its tables, headings, code blocks and one-line summaries, not progress. */
function keep(output: string): string {
  const lines = output.replace(/\r[^\n]*(?=\r)/g, "").split(/\r?\n/);
  const kept: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced || line.startsWith("```") || line.startsWith("|") || line.startsWith("#") || line === "" || /^[A-Z][^:]{0,60}:\s/.test(line) || /\d/.test(line)) {
      if (!/^\s*(stored|shared) [\d,]+ /.test(line) && !/^npm (warn|notice)/.test(line)) kept.push(line);
    }
  }
  return kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

const started = Date.now();
const stamp = new Date().toISOString();
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const timings: string[] = [];
const sections: string[] = [];
console.log(`Coder Fit benchmarks on ${machine}`);
let failed = false;
for (const step of steps) {
  console.log(`\n## ${step.name}\n`);
  const stepStarted = Date.now();
  const run = await runStep(step.command, step.env);
  const seconds = (Date.now() - stepStarted) / 1000;
  timings.push(`| ${step.name} | ${seconds.toFixed(0)} s | ${run.status === 0 ? "ok" : `failed (${run.status})`} |`);
  if (step.name !== "Build") sections.push(`## ${step.name}\n\n${keep(run.output)}`);
  if (run.status !== 0) {
    console.error(`\n${step.name} failed; stopping.`);
    failed = true;
    break;
  }
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const summary = `| Step | Time | Result |\n| --- | --- | --- |\n${timings.join("\n")}\n\nAll benchmarks: ${minutes} minutes.`;
console.log(`\n${summary}`);

const results = [
  `# Coder Fit benchmarks${quick ? " (quick)" : ""}`,
  `Run ${stamp} on ${machine}, with \`npm run bench${quick ? " -- --quick" : ""}\`. Databases: SQLite (a scratch file) and PostgreSQL on 127.0.0.1:5432.`,
  ...sections,
  `## Steps\n\n${summary}`,
].join("\n\n");
const dir = path.join("data", "bench");
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "latest.md"), `${results}\n`);
writeFileSync(path.join(dir, `${stamp.replace(/[:.]/g, "-")}${quick ? "-quick" : ""}.md`), `${results}\n`);
console.log(`\nResults written to ${path.join(dir, "latest.md")}.`);
process.exit(failed ? 1 : 0);
