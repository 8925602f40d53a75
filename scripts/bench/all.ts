/**
 * `npm run bench`: every benchmark, one after another, on this machine. Builds the app once, then
 * runs Lighthouse on five pages (the floor, home, quiz, a report, the counsellor dashboard),
 * autocannon against three requests on SQLite and PostgreSQL, the dashboard's queries and CSV
 * export at 100,000 and 1,000,000 results on both databases, and scoring throughput. Each part
 * prints its own Markdown table; docs/performance.md holds the latest figures.
 * `-- --quick` runs shorter versions (one Lighthouse run, 5 s of load, 10,000 and 100,000 rows).
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const quick = values.quick;

const steps: { name: string; command: string[]; env?: Record<string, string> }[] = [
  { name: "Build", command: ["npx", "next", "build"] },
  { name: "Pages (Lighthouse)", command: ["npx", "tsx", "scripts/bench/lighthouse.ts", "--no-build", "--runs", quick ? "1" : "3"] },
  { name: "Server (autocannon)", command: ["npx", "tsx", "scripts/bench/server.ts", "--seconds", quick ? "5" : "20"] },
  {
    name: `Data: ${quick ? "10,000" : "100,000"} results`,
    command: ["npx", "tsx", "--conditions=react-server", "scripts/bench/counsellor.ts"],
    env: { BENCH_ROWS: quick ? "10000" : "100000", BENCH_ASSESSMENTS: "20000" },
  },
  {
    name: `Data: ${quick ? "100,000" : "1,000,000"} results`,
    command: ["npx", "tsx", "--conditions=react-server", "scripts/bench/counsellor.ts"],
    env: { BENCH_ROWS: quick ? "100000" : "1000000", BENCH_ASSESSMENTS: "20000" },
  },
  { name: "Scoring", command: ["npx", "tsx", "scripts/bench/scoring.ts"] },
];

const started = Date.now();
const timings: string[] = [];
console.log(`Coder Fit benchmarks on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
for (const step of steps) {
  console.log(`\n## ${step.name}\n`);
  const stepStarted = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
  });
  const seconds = (Date.now() - stepStarted) / 1000;
  timings.push(`| ${step.name} | ${seconds.toFixed(0)} s | ${run.status === 0 ? "ok" : `failed (${run.status})`} |`);
  if (run.status !== 0) {
    console.error(`\n${step.name} failed; stopping.`);
    break;
  }
}
console.log(`\n| Step | Time | Result |\n| --- | --- | --- |\n${timings.join("\n")}`);
console.log(`\nAll benchmarks: ${((Date.now() - started) / 60_000).toFixed(1)} minutes.`);
