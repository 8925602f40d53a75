/**
 * Query plans for the benchmark: runs a piece of work once on a client that reports its SQL
 * (createDb's onQuery), then asks the database how it ran each SELECT. SQLite answers EXPLAIN
 * QUERY PLAN (the plan it chose); PostgreSQL answers EXPLAIN ANALYZE (the plan and what running
 * it cost), through a plain pg client so its parameters are typed by the query, as Prisma's are.
 */
import pg from "pg";
import { createDb } from "../../lib/db";
import type { Db } from "../../lib/db";

export interface PlannedQuery {
  sql: string;
  plan: string[];
}

/** The SELECTs `work` sends, with their parameters. */
export async function captureQueries(url: string, work: (db: Db) => Promise<unknown>): Promise<{ sql: string; params: unknown[] }[]> {
  const captured: { sql: string; params: unknown[] }[] = [];
  const { db } = createDb(url, {
    onQuery: (sql, params) => {
      if (/^\s*SELECT/i.test(sql)) captured.push({ sql, params: JSON.parse(params) as unknown[] });
    },
  });
  try {
    await work(db);
  } finally {
    await db.$disconnect();
  }
  return captured;
}

/** SQLite's EXPLAIN QUERY PLAN rows drawn as the indented tree the sqlite3 shell prints. */
function sqliteTree(rows: { id: number; parent: number; detail: string }[]): string[] {
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((row) => {
    const level = (depth.get(row.parent) ?? -1) + 1;
    depth.set(row.id, level);
    return `${"  ".repeat(level)}${row.detail}`;
  });
}

export async function explainAll(url: string, provider: "sqlite" | "postgresql", queries: { sql: string; params: unknown[] }[]): Promise<PlannedQuery[]> {
  if (provider === "sqlite") {
    const { db } = createDb(url);
    try {
      const planned: PlannedQuery[] = [];
      for (const { sql, params } of queries) {
        const rows = await db.$queryRawUnsafe<{ id: number; parent: number; detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
        planned.push({ sql, plan: sqliteTree(rows.map((row) => ({ ...row, id: Number(row.id), parent: Number(row.parent) }))) });
      }
      return planned;
    } finally {
      await db.$disconnect();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const planned: PlannedQuery[] = [];
    for (const { sql, params } of queries) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${sql}`, params);
      planned.push({ sql, plan: rows.map((row) => row["QUERY PLAN"]) });
    }
    return planned;
  } finally {
    await client.end();
  }
}

/** A statement shortened for reading: the column list folded, the schema prefix dropped. */
export function shortSql(sql: string): string {
  return sql
    .replace(/"public"\./g, "")
    .replace(/^SELECT .+? FROM/s, "SELECT … FROM")
    .replace(/\s+/g, " ")
    .trim();
}
