/**
 * `npm run bench:counsellor`: the counsellor dashboard at scale, on a scratch SQLite file and a
 * scratch PostgreSQL database. Each database is filled in stages (by default 100,000 and then
 * 1,000,000 shared results in one counsellor's cohorts, plus a tenth as many in another
 * counsellor's); at each stage it times, in this process (server time, no network), the
 * dashboard's first page for several views and the analytics, in the default view (each student's
 * latest attempt) and with every attempt, and shows how each database ran those queries (EXPLAIN,
 * scripts/bench/plans.ts). About one share in six is an earlier attempt of another share's student. At the first stage it also exports every row as
 * CSV in a separate process, sampling its memory. Results go to stdout as Markdown.
 *
 * The shares are loaded the way a bulk import would be: the table's secondary indexes are
 * dropped first and built again, with ANALYZE, before anything is timed; building an index once
 * is many times faster than keeping ten of them in order through a million inserts.
 *
 *   BENCH_STAGES=100000,1000000 (default)   BENCH_ASSESSMENTS=10000 (see below)
 *   BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres; "off" to skip
 *   PostgreSQL)   BENCH_SQLITE=off skips SQLite   BENCH_KEEP=1 keeps the databases for a second look.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "../../lib/db";
import { shareFigures, type ShareFigures } from "../../lib/shares/figures";
import { readResultView } from "../../lib/counsellor/filters";
import { newId, newShortCode } from "../../lib/ids";
import { medicalCoderProfile as profile } from "../../lib/profiles";
import { parseAnswers } from "../../lib/scoring";
import { scoreAssessment } from "../../lib/results/score";
import { createRandom, demoAnswers, demoName } from "../../lib/seed/demo-answers";
import { cohortAnalytics, listResults } from "../../lib/shares/counsellor";
import { deployMigrations, migrationTarget } from "../migrations/engine";
import { captureQueries, explainAll, shortSql, type PlannedQuery } from "./plans";

const STAGES = (process.env.BENCH_STAGES ?? process.env.BENCH_ROWS ?? "100000,1000000")
  .split(",")
  .map(Number)
  .filter((rows) => rows > 0)
  .sort((a, b) => a - b);
const MAX_ROWS = STAGES.at(-1)!;
const otherRows = (rows: number) => Math.round(rows / 10);
/**
 * Stored assessments behind the shares (real ones: answers and the full ~20 KB result). Each is
 * shared with several cohorts, which the dashboard cannot tell apart (it reads only the share
 * table, where each share carries its own figures): it keeps a million rows seedable in minutes.
 */
const ASSESSMENTS = Math.min(Number(process.env.BENCH_ASSESSMENTS ?? 10_000), MAX_ROWS + otherRows(MAX_ROWS));
const BATCH = 500;
const SHARE_BATCH = 10_000;
const RUNS = 25;
const DAY = 24 * 60 * 60 * 1000;
const postgresAdmin = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

interface Target {
  name: string;
  provider: "sqlite" | "postgresql";
  url: string;
  size: () => Promise<string>;
  drop: () => Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coder-fit-bench-"));
  const file = path.join(dir, "bench.db");
  return {
    name: "SQLite",
    provider: "sqlite",
    url: `file:${file}`,
    size: async () => `${(statSync(file).size / 1e9).toFixed(2)} GB file`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target> {
  const name = `coderfit_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresAdmin });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(postgresAdmin);
  url.pathname = `/${name}`;
  return {
    name: "PostgreSQL",
    provider: "postgresql",
    url: url.toString(),
    size: async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const { rows } = await client.query("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
      await client.end();
      return `${rows[0].size} database`;
    },
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdmin });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A pool of distinct scored people; each seeded row takes one, with its own id, name and date. */
function scoredPool(size: number) {
  const random = createRandom(42);
  return Array.from({ length: size }, () => {
    const answers = parseAnswers(profile.questionnaire, demoAnswers(random));
    const result = scoreAssessment(profile, answers);
    return { answers, result, figures: shareFigures(result) };
  });
}

type Pool = ReturnType<typeof scoredPool>;
interface Stored {
  id: string;
  person: Pool[number];
  takenAt: Date;
}

/** Stores `count` real assessments (answers and the full result), a batch at a time. */
async function seedAssessments(db: Db, count: number, pool: Pool, seedValue: number): Promise<Stored[]> {
  const random = createRandom(seedValue);
  const now = Date.now();
  const stored: Stored[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const batch: Stored[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      batch.push({ id: newId(), person: pool[Math.floor(random() * pool.length)]!, takenAt: new Date(now - Math.floor(random() * 365 * DAY)) });
    }
    await db.assessment.createMany({
      data: batch.map(({ id, person, takenAt }) => ({
        id,
        createdAt: takenAt,
        profileId: profile.id,
        profileVersion: profile.version,
        scoringVersion: person.result.scoringVersion,
        locale: "en-IN",
        answers: person.answers,
        result: person.result as object,
        overallScore: person.result.overall,
        band: person.result.band.id,
        submissionKey: `bench_${id}`,
      })),
    });
    stored.push(...batch);
    if ((start / BATCH) % 40 === 0) process.stdout.write(`\r  stored ${start.toLocaleString("en")} assessments`);
  }
  process.stdout.write(`\r  stored ${count.toLocaleString("en")} assessments\n`);
  return stored;
}

/**
 * About one share in six is an earlier attempt of another share's student, as a linked retake
 * makes: share i (i ≡ 0 mod 6, past the first A) is the earlier attempt of share j = i − A + 1,
 * which has the next assessment and so falls in the same cohort ((⌊j/A⌋ + j mod A) mod C is i's
 * cohort). It is dated three weeks before j and is not `latest`; both carry its id as their
 * studentKey, as a retake's share takes the first attempt's key. j is loaded first, so the earlier
 * attempt's id is made with j and kept until i's turn (`pending`, one per counsellor).
 */
interface AttemptPlan {
  A: number;
  /** Shares this counsellor will have at the last stage: an earlier attempt past it never comes. */
  last: number;
  pending: Map<number, string>;
}
const attemptsBase = (plan: AttemptPlan, i: number) => i >= plan.A && i % 6 === 0 && i % plan.A <= plan.A - 2 && i < plan.last;
const laterOf = (plan: AttemptPlan, i: number) => i - plan.A + 1;
const isEarlierAttempt = (plan: AttemptPlan, i: number) => attemptsBase(plan, i) && !attemptsBase(plan, laterOf(plan, i));

/**
 * Shares results `from` to `to` (0-based) with a counsellor's cohorts. Share i takes assessment
 * i mod A, and with more shares than assessments each assessment goes to several cohorts:
 * cohort (⌊i/A⌋ + a) mod C keeps every pair distinct and the cohorts evenly filled.
 */
async function seedShares(
  insert: InsertShares,
  counsellorId: string,
  cohortIds: string[],
  from: number,
  to: number,
  stored: Stored[],
  seedValue: number,
  plan: AttemptPlan,
) {
  const random = createRandom(seedValue + from);
  const A = stored.length;
  for (let start = from; start < to; start += SHARE_BATCH) {
    const shares: ShareRow[] = [];
    for (let i = start; i < Math.min(to, start + SHARE_BATCH); i++) {
      const a = i % A;
      const { id, person } = stored[a]!;
      const displayName = `${demoName(random)} ${i}`;
      const earlier = isEarlierAttempt(plan, i);
      const shareId = plan.pending.get(i) ?? newId();
      plan.pending.delete(i);
      // A later attempt whose earlier one is still to come makes that one's id now: it is the student's key.
      const earlierOfThis = i + A - 1;
      let studentKey = shareId;
      const retake = !earlier && isEarlierAttempt(plan, earlierOfThis);
      if (retake) {
        studentKey = newId();
        plan.pending.set(earlierOfThis, studentKey);
      }
      // The earlier attempt's figures (its assessment is the one before this one's), as refreshAttempts keeps them.
      const before = retake ? stored[(a - 1 + A) % A]!.person.figures : null;
      const takenAt = earlier ? new Date(stored[(a + 1) % A]!.takenAt.getTime() - 21 * DAY) : stored[a]!.takenAt;
      shares.push({
        id: shareId,
        studentKey,
        latest: !earlier,
        attemptNumber: retake ? 2 : 1,
        attemptCount: retake || earlier ? 2 : 1,
        previousOverall: before ? before.overallScore : null,
        previousBand: before ? before.band : null,
        assessmentId: id,
        cohortId: cohortIds[(Math.floor(i / A) + a) % cohortIds.length]!,
        counsellorId,
        displayName,
        searchName: displayName.toLowerCase(),
        email: random() < 0.5 ? `student${i}@example.com` : null,
        consentedAt: takenAt,
        reviewedAt: random() < 0.3 ? new Date(takenAt.getTime() + DAY) : null,
        takenAt,
        ...person.figures,
      });
    }
    await insert(shares);
    if (((start - from) / SHARE_BATCH) % 25 === 0) process.stdout.write(`\r  shared ${start.toLocaleString("en")} results`);
  }
  process.stdout.write(`\r  shared ${to.toLocaleString("en")} results\n`);
}

type ShareRow = ShareFigures & {
  id: string;
  studentKey: string;
  latest: boolean;
  attemptNumber: number;
  attemptCount: number;
  previousOverall: number | null;
  previousBand: string | null;
  assessmentId: string;
  cohortId: string;
  counsellorId: string;
  displayName: string;
  searchName: string;
  email: string | null;
  consentedAt: Date;
  reviewedAt: Date | null;
  takenAt: Date;
};
type InsertShares = (rows: ShareRow[]) => Promise<void>;

const SHARE_COLUMNS = [
  "id", "assessmentId", "cohortId", "counsellorId", "displayName", "searchName", "email", "consentedAt", "reviewedAt", "takenAt",
  "overallScore", "band", "educationScore", "skillsScore", "temperamentScore", "backgroundId", "flagMask", "gapMask", "topGaps", "degreeId",
  "studentKey", "latest", "attemptNumber", "attemptCount", "previousOverall", "previousBand",
] as const satisfies readonly (keyof ShareRow)[];
const DATE_COLUMNS = new Set(["consentedAt", "reviewedAt", "takenAt"]);
const PG_TYPES: Record<string, string> = {
  overallScore: "int", flagMask: "int", gapMask: "int", educationScore: "float8", skillsScore: "float8", temperamentScore: "float8", latest: "bool",
  attemptNumber: "int", attemptCount: "int", previousOverall: "int",
};

/**
 * Writes shares straight through each database's driver, a batch per statement or transaction:
 * Prisma's createMany spends most of a bulk load building its query in JavaScript (about 2,400
 * rows a second here), which would make a million rows take most of the benchmark's time. The
 * timed queries all go through Prisma, as in the app. Dates are written as the Prisma adapters
 * write them (ISO text with +00:00 in SQLite, timestamp(3) in PostgreSQL).
 */
async function shareInserter(target: Target): Promise<{ insert: InsertShares; close: () => Promise<void> }> {
  if (target.provider === "sqlite") {
    type Statement = { run: (...values: unknown[]) => unknown };
    type SqliteDb = { prepare: (sql: string) => Statement; transaction: (fn: (rows: ShareRow[]) => void) => (rows: ShareRow[]) => void; pragma: (sql: string) => unknown; close: () => void };
    const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => SqliteDb;
    const sqlite = new Database(target.url.replace(/^file:/, ""));
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    const statement = sqlite.prepare(
      `INSERT INTO "Share" (${SHARE_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${SHARE_COLUMNS.map(() => "?").join(", ")})`,
    );
    // Booleans as SQLite stores them (and as the Prisma adapter writes them): 1 and 0.
    const sqliteValue = (value: unknown) =>
      value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? Number(value) : value;
    const insertAll = sqlite.transaction((rows: ShareRow[]) => {
      for (const row of rows) statement.run(...SHARE_COLUMNS.map((column) => sqliteValue(row[column])));
    });
    return { insert: async (rows) => insertAll(rows), close: async () => sqlite.close() };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const sql = `INSERT INTO "Share" (${SHARE_COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${SHARE_COLUMNS.map(
    (column, i) => `$${i + 1}::${DATE_COLUMNS.has(column) ? "timestamp(3)" : (PG_TYPES[column] ?? "text")}[]`,
  ).join(", ")})`;
  return {
    insert: async (rows) => {
      await client.query(
        sql,
        SHARE_COLUMNS.map((column) => rows.map((row) => (row[column] instanceof Date ? (row[column] as Date).toISOString() : row[column]))),
      );
    },
    close: () => client.end(),
  };
}

/** The share table's indexes other than its primary key, as the database would recreate them. */
async function shareIndexes(db: Db, provider: Target["provider"]): Promise<{ name: string; sql: string }[]> {
  return provider === "sqlite"
    ? db.$queryRawUnsafe(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Share' AND sql IS NOT NULL`)
    : db.$queryRawUnsafe(
        `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Share' AND indexname NOT LIKE '%_pkey'`,
      );
}

/** Loads shares with the secondary indexes dropped, then builds them and refreshes the statistics. */
async function bulkLoad(db: Db, provider: Target["provider"], load: () => Promise<void>) {
  const indexes = await shareIndexes(db, provider);
  for (const { name } of indexes) await db.$executeRawUnsafe(`DROP INDEX "${name}"`);
  const loadStarted = Date.now();
  await load();
  const indexStarted = Date.now();
  for (const { sql } of indexes) await db.$executeRawUnsafe(sql);
  // Statistics for the planner, and on PostgreSQL the visibility map that autovacuum would have
  // written by the time a table held this many rows (index-only scans depend on it).
  await db.$executeRawUnsafe(provider === "postgresql" ? "VACUUM ANALYZE" : "ANALYZE");
  return { loadSeconds: (indexStarted - loadStarted) / 1000, indexSeconds: (Date.now() - indexStarted) / 1000, indexes: indexes.length };
}

/**
 * Times every case RUNS times, interleaved (one run of each case per round), after two warm-up
 * rounds: a case timed right after the bulk load would otherwise pay for the cold caches, and
 * the cases timed last would get the warmest, so the order of the list would show in the figures.
 */
async function timeAll(cases: [string, (db: Db) => Promise<unknown>][], db: Db) {
  for (let warm = 0; warm < 2; warm++) for (const [, fn] of cases) await fn(db);
  const samples = cases.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [index, [, fn]] of cases.entries()) {
      const started = process.hrtime.bigint();
      await fn(db);
      samples[index]!.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return cases.map(([name], index) => {
    const sorted = samples[index]!.sort((a, b) => a - b);
    return { name, p50: sorted[Math.floor(RUNS * 0.5)]!, p95: sorted[Math.ceil(RUNS * 0.95) - 1]!, max: sorted[RUNS - 1]! };
  });
}

/** Runs the export in a child process (scripts/bench/counsellor-export.ts) for clean memory figures. */
function exportAll(url: string, counsellorId: string) {
  const child = spawnSync(
    process.execPath,
    // A 64 MB heap limit: an export that held every row would run out of memory and fail.
    ["--max-old-space-size=64", "--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "counsellor-export.ts"), url, counsellorId],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`export failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as {
    rows: number;
    seconds: number;
    megabytes: number;
    baselineRssMb: number;
    peakRssMb: number;
    peakHeapMb: number;
  };
}

async function run(target: Target, pool: ReturnType<typeof scoredPool>) {
  console.log(`\n${target.name}: ${ASSESSMENTS.toLocaleString("en")} assessments, then shares in stages of ${STAGES.map((rows) => rows.toLocaleString("en")).join(" and ")}…`);
  await deployMigrations(migrationTarget(target.url));
  // No time limits: building the share indexes over a million rows is one statement of minutes.
  const { db } = createDb(target.url, { timeoutMs: 0 });
  try {
    const counsellorId = newId();
    const otherId = newId();
    await db.user.createMany({
      data: [
        { id: counsellorId, name: "Bench Counsellor", email: `bench-${counsellorId}@example.org` },
        { id: otherId, name: "Other Counsellor", email: `bench-${otherId}@example.org` },
      ],
    });
    const assessmentsStarted = Date.now();
    const stored = await seedAssessments(db, ASSESSMENTS, pool, 1);
    const assessmentSeconds = (Date.now() - assessmentsStarted) / 1000;
    const cohortIds = Array.from({ length: Math.max(4, Math.ceil(MAX_ROWS / ASSESSMENTS)) }, () => newId());
    const otherCohorts = Array.from({ length: Math.max(1, Math.ceil(otherRows(MAX_ROWS) / ASSESSMENTS)) }, () => newId());
    await db.cohort.createMany({
      data: [
        ...cohortIds.map((id, i) => ({ id, counsellorId, name: `Cohort ${i + 1}`, inviteToken: newId(), code: newShortCode() })),
        ...otherCohorts.map((id, i) => ({ id, counsellorId: otherId, name: `Other ${i + 1}`, inviteToken: newId(), code: newShortCode() })),
      ],
    });

    const cases: [string, (db: Db) => Promise<unknown>][] = [
      ["First page (newest first, 25 rows)", (db) => listResults(counsellorId, readResultView({}), db)],
      ["First page sorted by overall", (db) => listResults(counsellorId, readResultView({ sort: "overall", dir: "asc" }), db)],
      ["First page sorted by skills", (db) => listResults(counsellorId, readResultView({ sort: "skills" }), db)],
      ["First page, one cohort + band + not reviewed", (db) =>
        listResults(counsellorId, readResultView({ cohort: cohortIds[0]!, band: "good", reviewed: "no" }), db)],
      ["First page, a flag + date range", (db) =>
        listResults(counsellorId, readResultView({ flag: "dislikes-desk-computer-work", from: "2026-01-01", to: "2026-12-31" }), db)],
      ["First page, name search", (db) => listResults(counsellorId, readResultView({ q: "priya" }), db)],
      ["Page 2,000 (25 rows a page)", (db) => listResults(counsellorId, readResultView({ page: "2000" }), db)],
      ["Analytics, all cohorts", (db) => cohortAnalytics(counsellorId, {}, db)],
      ["Analytics, one cohort", (db) => cohortAnalytics(counsellorId, { cohort: cohortIds[1]! }, db)],
      ["Analytics, a flag filter", (db) => cohortAnalytics(counsellorId, { flag: "any" }, db)],
      // The same with every attempt (the dashboard's switch): no `latest` condition.
      ["Every attempt: first page (newest first)", (db) => listResults(counsellorId, readResultView({ attempts: "all" }), db)],
      ["Every attempt: first page sorted by overall", (db) =>
        listResults(counsellorId, readResultView({ attempts: "all", sort: "overall", dir: "asc" }), db)],
      ["Every attempt: first page, name search", (db) => listResults(counsellorId, readResultView({ attempts: "all", q: "priya" }), db)],
      ["Every attempt: analytics, all cohorts", (db) => cohortAnalytics(counsellorId, { attempts: "all" }, db)],
      ["Every attempt: analytics, one cohort", (db) => cohortAnalytics(counsellorId, { attempts: "all", cohort: cohortIds[1]! }, db)],
    ];
    const plans = {
      mine: { A: stored.length, last: MAX_ROWS, pending: new Map<number, string>() },
      other: { A: stored.length, last: otherRows(MAX_ROWS), pending: new Map<number, string>() },
    };

    const stages = [];
    let loaded = 0;
    for (const [index, rows] of STAGES.entries()) {
      const load = await bulkLoad(db, target.provider, async () => {
        const { insert, close } = await shareInserter(target);
        try {
          await seedShares(insert, counsellorId, cohortIds, loaded, rows, stored, 3, plans.mine);
          await seedShares(insert, otherId, otherCohorts, otherRows(loaded), otherRows(rows), stored, 4, plans.other);
        } finally {
          await close();
        }
      });
      loaded = rows;
      const timings = await timeAll(cases, db);
      // How each database ran the same statements: the SQL Prisma sent, explained with its parameters.
      const explained: { name: string; queries: PlannedQuery[] }[] = [];
      for (const [name, fn] of cases) {
        explained.push({ name, queries: await explainAll(target.url, target.provider, await captureQueries(target.url, fn)) });
      }
      const total = await db.share.count({ where: { counsellorId } });
      const latest = await db.share.count({ where: { counsellorId, latest: true } });
      const exported = index === 0 ? exportAll(target.url, counsellorId) : null;
      stages.push({ rows, load, timings, plans: explained, total, latest, exported, size: await target.size() });
    }
    return { target: target.name, assessmentSeconds, stages };
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  console.log(`Scoring a pool of 5,000 people…`);
  const pool = scoredPool(5_000);
  const targets: Target[] = process.env.BENCH_SQLITE === "off" ? [] : [sqliteTarget()];
  if (process.env.BENCH_POSTGRES_URL !== "off") targets.push(await postgresTarget());
  const reports: Awaited<ReturnType<typeof run>>[] = [];
  for (const target of targets) {
    try {
      reports.push(await run(target, pool));
    } finally {
      if (!process.env.BENCH_KEEP) await target.drop();
    }
  }

  for (const [stageIndex, rows] of STAGES.entries()) {
    const stage = (r: (typeof reports)[number]) => r.stages[stageIndex]!;
    console.log(`\n### ${rows.toLocaleString("en")} results\n`);
    console.log(`Server time in ms (p50 / p95 / max of ${RUNS} warm runs, the cases interleaved), ${rows.toLocaleString("en")} results in one counsellor's cohorts:\n`);
    console.log(`| Query | ${reports.map((r) => r.target).join(" | ")} |`);
    console.log(`| --- | ${reports.map(() => "---").join(" | ")} |`);
    for (let i = 0; i < stage(reports[0]!).timings.length; i++) {
      const cells = reports.map((r) => {
        const t = stage(r).timings[i]!;
        return `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)} / ${t.max.toFixed(1)}`;
      });
      console.log(`| ${stage(reports[0]!).timings[i]!.name} | ${cells.join(" | ")} |`);
    }
    console.log("");
    for (const r of reports) {
      const { load, total, latest, size, exported: e } = stage(r);
      console.log(
        `${r.target}: ${total.toLocaleString("en")} visible rows, ${latest.toLocaleString("en")} of them students' latest attempts (${size}); shares loaded in ${load.loadSeconds.toFixed(0)} s, ${load.indexes} indexes built in ${load.indexSeconds.toFixed(0)} s.` +
          (e
            ? ` CSV export: ${e.rows.toLocaleString("en")} rows, ${e.megabytes.toFixed(1)} MB in ${e.seconds.toFixed(1)} s; exporting process (heap capped at 64 MB): ${e.baselineRssMb.toFixed(0)} MB RSS before, peak ${e.peakRssMb.toFixed(0)} MB RSS and ${e.peakHeapMb.toFixed(0)} MB heap.`
            : ""),
      );
    }
    const worst = Math.max(...reports.flatMap((r) => stage(r).timings.filter((t) => !t.name.startsWith("Page 2,000")).map((t) => t.p95)));
    console.log(`\nSlowest p95 of the first-page and analytics queries: ${worst.toFixed(1)} ms.`);
    if (rows >= 1_000_000) {
      // The issue's targets for the dashboard's first page at 1,000,000 results.
      const firstPageTargets: Record<string, number> = { SQLite: 100, PostgreSQL: 50 };
      for (const r of reports) {
        const first = stage(r).timings[0]!;
        const target = firstPageTargets[r.target]!;
        console.log(`First page p95 on ${r.target}: ${first.p95.toFixed(1)} ms (target: ${target} ms; ${first.p95 <= target ? "met" : "missed"}).`);
      }
    }
    for (const r of reports) {
      console.log(`\n#### Query plans on ${r.target} (${rows.toLocaleString("en")} results)\n`);
      for (const { name, queries } of stage(r).plans) {
        console.log(`${name}:\n\n\`\`\`text`);
        for (const { sql, plan } of queries) console.log(`${shortSql(sql)}\n${plan.map((line) => `  ${line}`).join("\n")}\n`);
        console.log("```\n");
      }
    }
  }
  console.log(reports.map((r) => `${r.target}: ${ASSESSMENTS.toLocaleString("en")} assessments stored in ${r.assessmentSeconds.toFixed(0)} s.`).join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
