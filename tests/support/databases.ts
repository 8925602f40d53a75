import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createDb, type Db, type DbHandle } from "@/lib/db";
import { deployMigrations, migrationTarget } from "@/scripts/migrations/engine";

export const postgresUrl = process.env.TEST_POSTGRES_URL?.trim() || undefined;

export interface TestDatabase {
  provider: "sqlite" | "postgresql";
  url: string;
  drop(): Promise<void>;
}

/** A fresh SQLite file in a temporary folder (the folder itself is created by the code under test). */
export function freshSqlite(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coder-fit-test-"));
  return {
    provider: "sqlite",
    url: `file:${path.join(dir, "nested", "test.db")}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function adminConfig(url: string): pg.ClientConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: "postgres",
  };
}

/** A fresh, empty PostgreSQL database on the TEST_POSTGRES_URL server, dropped afterwards. */
export async function freshPostgres(): Promise<TestDatabase> {
  if (!postgresUrl) throw new Error("TEST_POSTGRES_URL is not set");
  const name = `coderfit_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client(adminConfig(postgresUrl));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    provider: "postgresql",
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client(adminConfig(postgresUrl));
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The providers every data-layer suite runs against: SQLite always, PostgreSQL when configured. */
export const providers = [
  { name: "sqlite" as const, fresh: async () => freshSqlite(), enabled: true },
  { name: "postgresql" as const, fresh: freshPostgres, enabled: Boolean(postgresUrl) },
];

/**
 * A fresh, migrated database for one describe block, with the app's client on it; dropped
 * afterwards. Read `state.handle` inside tests (it is set in beforeAll).
 */
export function useMigratedDatabase(fresh: () => Promise<TestDatabase>): { database: TestDatabase; handle: DbHandle } {
  const state = {} as { database: TestDatabase; handle: DbHandle };
  beforeAll(async () => {
    state.database = await fresh();
    await deployMigrations(migrationTarget(state.database.url));
    state.handle = createDb(state.database.url);
  });
  afterAll(async () => {
    await state.handle?.db.$disconnect();
    await state.database?.drop();
  });
  return state;
}

/**
 * Points the app's one client (lib/db.ts getDb) at a suite's database while the suite runs, so the
 * route handlers it imports in its own beforeAll read and write there; the client before is put back
 * afterwards. Call after useMigratedDatabase, with its state.
 */
export function useAsAppDatabase(state: { handle: DbHandle }): void {
  const app = globalThis as unknown as { coderFitDb?: DbHandle };
  let before: DbHandle | undefined;
  beforeAll(() => {
    before = app.coderFitDb;
    app.coderFitDb = state.handle;
  });
  afterAll(() => {
    app.coderFitDb = before;
  });
}

/** A counsellor account (a Better Auth user row) with a unique id; returns the id. */
export async function newCounsellor(db: Db, name: string): Promise<string> {
  const id = `user_${name}_${Math.random().toString(36).slice(2, 12)}`;
  await db.user.create({ data: { id, name, email: `${id}@example.org` } });
  return id;
}
