/**
 * `npm run bench:server [-- --seconds 20 --connections 50]`: throughput and latency of the
 * built app under load (autocannon, 50 connections, 20 s each) for three requests, on SQLite and
 * on PostgreSQL (BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres;
 * "off" to skip): reading a report page, submitting an assessment (each request a new
 * submission key, so every one is scored and stored), and a counsellor's dashboard list API
 * over 1,000 shared results. Three more rows explain the figures: the framework's floor (an
 * unknown API address: Next.js and proxy.ts, no page, no database), the page floor (our cheapest
 * page, /report/deleted: the layout, no database) and a submission with one connection, its time
 * when nothing queues. Each row also says its share of the framework floor's requests a second
 * in the same run. Needs a build (`npm run build`).
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { createRandom, demoAnswers } from "../../lib/seed/demo-answers";
import { counsellorWithResults, postJson, serveBuild } from "./support";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3320" },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const SHARED_RESULTS = 1_000;
const postgresAdmin = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// Load from one address would trip the per-address limits in seconds; the benchmark measures the
// app's own speed, so it raises them (the limits themselves are tested in the suite).
const LIMITS_OFF = { RATE_LIMIT_SUBMISSIONS: "1000000", RATE_LIMIT_SHARES: "1000000", RATE_LIMIT_INVITE_LOOKUPS: "1000000" };

interface Row {
  target: string;
  request: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function prepare(base: string) {
  const random = createRandom(7);
  const report = (await (await postJson(base, "/api/v1/assessments", { answers: demoAnswers(random) })).json()) as { id: string };
  const cookie = await counsellorWithResults(base, {
    name: "Bench Counsellor",
    answers: Array.from({ length: SHARED_RESULTS }, () => demoAnswers(random)),
    concurrency: 50,
  });
  return { reportPath: `/report/${report.id}`, cookie };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measure(target: string, base: string): Promise<Row[]> {
  const { reportPath, cookie } = await prepare(base);
  const answers = demoAnswers(createRandom(11));
  const submission = (connections: number): autocannon.Options => ({
    url: `${base}/api/v1/assessments`,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ answers, submissionKey: `bench_${randomUUID().replace(/-/g, "")}` }),
        }),
      },
    ],
  });
  const cases: [string, autocannon.Options, { sqliteOnly?: boolean }?][] = [
    // The floor: what Next.js and our proxy cost per request with no page and no database (an
    // unknown API address, answered with a small JSON 404). No request of ours can be faster.
    ["GET /api/v1/nothing (framework floor: JSON 404, no database)", { url: `${base}/api/v1/nothing` }, { sqliteOnly: true }],
    // The cheapest page: our layout and Next.js's page rendering, no database. What any page costs.
    ["GET /report/deleted (page floor: the layout, no database)", { url: `${base}/report/deleted` }, { sqliteOnly: true }],
    ["GET /report/[id]", { url: `${base}${reportPath}` }],
    ["POST /api/v1/assessments (new key each time)", submission(CONNECTIONS)],
    // One connection: the time one submission takes when nothing queues in front of it.
    ["POST /api/v1/assessments, one at a time", { ...submission(1), duration: Math.max(5, Math.round(SECONDS / 2)) }],
    ["GET /api/v1/counsellor/results (first page)", { url: `${base}/api/v1/counsellor/results`, headers: { cookie } }],
  ];
  const rows: Row[] = [];
  for (const [request, options, only] of cases) {
    if (only?.sqliteOnly && target !== "SQLite") continue;
    const result = await run({ connections: CONNECTIONS, duration: SECONDS, ...options });
    rows.push({
      target,
      request,
      connections: options.connections ?? CONNECTIONS,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: request.includes("/nothing") ? 0 : result.non2xx,
    });
    process.stdout.write(`  ${target} ${request}: ${Math.round(result.requests.average)} req/s\n`);
  }
  return rows;
}

async function main() {
  const port = Number(values.port);
  const rows: Row[] = [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), "coder-fit-bench-server-"));
  try {
    const sqlite = await serveBuild(`file:${path.join(scratch, "bench.db")}`, port, LIMITS_OFF);
    try {
      rows.push(...(await measure("SQLite", sqlite.base)));
    } finally {
      sqlite.stop();
    }
    if (process.env.BENCH_POSTGRES_URL !== "off") {
      const name = `coderfit_bench_server_${process.pid}`;
      const admin = new pg.Client({ connectionString: postgresAdmin });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const url = new URL(postgresAdmin);
      url.pathname = `/${name}`;
      const postgres = await serveBuild(url.toString(), port + 1, LIMITS_OFF);
      try {
        rows.push(...(await measure("PostgreSQL", postgres.base)));
      } finally {
        postgres.stop();
        await new Promise((resolve) => setTimeout(resolve, 500));
        const cleanup = new pg.Client({ connectionString: postgresAdmin });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\nautocannon in the same machine: ${CONNECTIONS} connections for ${SECONDS} s unless the row says otherwise; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`);
  // Every request against the floor measured in this same run (same machine, same moment's load).
  const floor = rows.find((row) => row.request.includes("framework floor"));
  const vsFloor = (row: Row) => (floor ? `${Math.round((100 * row.requestsPerSecond) / floor.requestsPerSecond)}%` : "");
  console.log("| Database | Request | Connections | Requests/s | vs floor | p50 | p99 | Errors (timeouts) | Unexpected status |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    console.log(
      `| ${row.target} | ${row.request} | ${row.connections} | ${Math.round(row.requestsPerSecond)} | ${vsFloor(row)} | ${row.p50} ms | ${row.p99} ms | ${row.errors} | ${row.non2xx} |`,
    );
  }
  if (floor) {
    console.log(`\nFramework floor in this run: ${Math.round(floor.requestsPerSecond)} requests/s (SQLite server; the floor touches no database).`);
    for (const row of rows.filter((entry) => entry.connections === CONNECTIONS && entry !== floor && !entry.request.includes("counsellor"))) {
      console.log(`${row.target} ${row.request}: ${Math.round(row.requestsPerSecond)} requests/s = ${vsFloor(row)} of the floor, ${row.errors} errors or timeouts.`);
    }
  }
  const submissions = rows.find((row) => row.target === "SQLite" && row.request.startsWith("POST") && row.connections === CONNECTIONS);
  if (submissions) {
    console.log(`\nSubmission p99 on SQLite at ${CONNECTIONS} connections: ${submissions.p99} ms (target: 50 ms; ${submissions.p99 <= 50 ? "met" : "missed"}).`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
