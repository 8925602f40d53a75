/**
 * No submission lost: 2,000 submissions with distinct keys at 50 concurrent, plus 200 duplicates
 * of earlier keys mixed in (half of them sent right beside their original, so the two race), each
 * from a made-up client address. Every key must get exactly one 201, every other answer for it a
 * 200 with the same id, nothing a 5xx, and the database must hold exactly one row per key.
 * Runs against the built app on SQLite and, when TEST_POSTGRES_URL is set, on PostgreSQL; the
 * rows are counted through the app's own client. LOAD_LONG=1 sends ten times as many.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createDb } from "../../lib/db";
import { baseURL } from "../../playwright.config";
import { apiAnswers, fakeAddress } from "./support/counsellor";
import { postgresURL } from "./support/servers";

const LONG = process.env.LOAD_LONG === "1";
const FRESH = LONG ? 20_000 : 2_000;
const DUPLICATES = FRESH / 10;
const CONCURRENCY = 50;
/** Requests per made-up client address, so per-address submission limits are not what is measured. */
const REQUESTS_PER_ADDRESS = 20;
/**
 * What the bounded run may take per database before the test gives up. It is a limit for the
 * suite, not a speed target: these machines' speed moves by half from day to day, and throughput
 * is measured by `npm run bench:server` (docs/performance.md). The time taken is printed.
 */
const BOUND_MS = LONG ? 600_000 : 90_000;

const servers = [
  { name: "SQLite", url: baseURL, databaseUrl: "file:./data/e2e.db" },
  ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL, databaseUrl: process.env.TEST_POSTGRES_URL! }] : []),
];

interface Task {
  key: string;
  duplicate: boolean;
  address: string;
}

interface Outcome {
  task: Task;
  status: number;
  id: string | null;
  /** When the request was sent and its answer read, in ms since the run began. */
  sent: number;
  answered: number;
}

/**
 * The fresh keys in order, with each duplicate either right after its original (both are then in
 * flight together) or a few hundred places later (the original has long been stored).
 */
function plan(prefix: string): Task[] {
  const tasks: Omit<Task, "address">[] = Array.from({ length: FRESH }, (_, i) => ({ key: `${prefix}_${i}`, duplicate: false }));
  const step = Math.floor(FRESH / DUPLICATES);
  // From the back, so earlier insertions do not shift the positions still to come.
  for (let j = DUPLICATES - 1; j >= 0; j--) {
    const original = j * step;
    const racing = j % 2 === 0;
    const at = racing ? original + 1 : Math.min(original + 100 + ((j * 37) % 400), FRESH);
    tasks.splice(at, 0, { key: `${prefix}_${original}`, duplicate: true });
  }
  let address = fakeAddress();
  return tasks.map((task, i) => {
    if (i > 0 && i % REQUESTS_PER_ADDRESS === 0) address = fakeAddress();
    return { ...task, address };
  });
}

/** Sends every task with at most `CONCURRENCY` in flight, in order. */
async function run(request: APIRequestContext, url: string, tasks: Task[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const answers = apiAnswers(2);
  const start = performance.now();
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      const sent = performance.now() - start;
      const response = await request.post(`${url}/api/v1/assessments`, {
        data: { answers, submissionKey: task.key },
        headers: { "x-forwarded-for": task.address },
        timeout: 30_000,
      });
      const body = (await response.json().catch(() => null)) as { id?: unknown } | null;
      outcomes.push({ task, status: response.status(), id: typeof body?.id === "string" ? body.id : null, sent, answered: performance.now() - start });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

for (const server of servers) {
  test(`${FRESH} submissions and ${DUPLICATES} duplicates at ${CONCURRENCY} concurrent on ${server.name}: one record per key`, async ({
    request,
  }) => {
    test.setTimeout(BOUND_MS);
    const prefix = `load_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const tasks = plan(prefix);

    const started = performance.now();
    const outcomes = await run(request, server.url, tasks);
    const elapsed = performance.now() - started;

    const byStatus = new Map<number, number>();
    for (const { status } of outcomes) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const summary = [...byStatus].map(([status, count]) => `${status}×${count}`).join(", ");
    const perSecond = Math.round(outcomes.length / (elapsed / 1000));
    // A duplicate "raced" when it was in flight at the same time as its original.
    const originals = new Map(outcomes.filter((outcome) => !outcome.task.duplicate).map((outcome) => [outcome.task.key, outcome]));
    const raced = outcomes.filter((outcome) => {
      const original = outcome.task.duplicate ? originals.get(outcome.task.key) : undefined;
      return original !== undefined && outcome.sent < original.answered && original.sent < outcome.answered;
    }).length;
    console.log(
      `[load] ${server.name}: ${outcomes.length} requests in ${(elapsed / 1000).toFixed(1)} s (${perSecond}/s): ${summary}; ${raced} duplicates in flight with their original`,
    );
    test.info().annotations.push({ type: "load", description: `${server.name}: ${outcomes.length} requests in ${Math.round(elapsed)} ms (${summary})` });

    expect(outcomes).toHaveLength(tasks.length);
    expect([...byStatus.keys()].filter((status) => status !== 200 && status !== 201), summary).toEqual([]);

    // Per key: exactly one 201, every other answer a 200, all with the same id.
    const byKey = new Map<string, Outcome[]>();
    for (const outcome of outcomes) byKey.set(outcome.task.key, [...(byKey.get(outcome.task.key) ?? []), outcome]);
    expect(byKey.size).toBe(FRESH);
    const broken = [...byKey].filter(([, answers]) => {
      const ids = new Set(answers.map((answer) => answer.id));
      return answers.filter((answer) => answer.status === 201).length !== 1 || ids.size !== 1 || ids.has(null);
    });
    expect(broken.map(([key, answers]) => `${key}: ${answers.map((a) => a.status).join(",")}`)).toEqual([]);
    // 200 only for a key seen before: there are exactly as many 200s as duplicates.
    expect(byStatus.get(200) ?? 0).toBe(DUPLICATES);
    // The run did make originals and duplicates meet (half are sent side by side).
    expect(raced, "duplicates in flight with their original").toBeGreaterThan(0);

    // The database itself: one row per key, and they are the rows the answers named.
    const { db } = createDb(server.databaseUrl);
    try {
      const rows = await db.assessment.findMany({
        where: { submissionKey: { startsWith: `${prefix}_` } },
        select: { id: true, submissionKey: true },
      });
      expect(rows).toHaveLength(FRESH);
      expect(new Set(rows.map((row) => row.submissionKey)).size).toBe(FRESH);
      const answered = new Map([...byKey].map(([key, answers]) => [key, answers[0]!.id]));
      expect(rows.filter((row) => answered.get(row.submissionKey) !== row.id)).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
}
