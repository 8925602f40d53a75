import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { resolveDatabase, type DatabaseProvider } from "@/lib/database-url";
import { asDatabaseOutage, failFastAfterOutage } from "@/lib/db-outage";
import { getEnv } from "@/lib/env";

/**
 * The one Prisma client type the app codes against. Both generated clients come from the same
 * models (prisma/models.prisma), so their model APIs are the same; the SQLite one names the type.
 */
export type Db = InstanceType<typeof SqliteClient>;

export interface DbHandle {
  db: Db;
  provider: DatabaseProvider;
}

/** Connections the PostgreSQL pool may open per app instance; several instances share one server. */
const POSTGRES_POOL_SIZE = 10;
/**
 * How long a request may wait on PostgreSQL, at each step: for a connection (a free one from the
 * pool, or a new one opened), and for each statement's answer. A server that is down, hung or
 * overloaded then costs a request a few seconds and a 503, not a hang. The slowest query the app
 * runs takes a quarter of a second at a million results (docs/performance.md).
 */
const POSTGRES_TIMEOUT_MS = 5_000;
/**
 * Per-connection SQLite settings. SQLite's default page cache is 2 MB, which a counsellor's
 * dashboard over tens of thousands of shares outgrows at once; 64 MB of cache and memory-mapped
 * reads keep those queries in memory. NORMAL sync is the recommended, crash-safe setting in WAL
 * mode (a power cut can lose the last commits, never corrupt the file).
 */
const SQLITE_PRAGMAS = "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL;";
/**
 * How long a SQLite writer waits for another to finish before giving up ("database is locked",
 * a 503). SQLite runs in this process, so there is no server that could hang: this is its only wait.
 */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export interface DbOptions {
  /**
   * Called with each SQL statement Prisma sends and its parameters (a JSON array). For tools only
   * (the benchmark uses it to show query plans): the parameters can hold personal data, so the app
   * never sets it.
   */
  onQuery?: (query: string, params: string) => void;
  /**
   * The PostgreSQL time limits (POSTGRES_TIMEOUT_MS), or 0 for none. For tools only: a benchmark
   * that builds indexes over a million rows needs minutes for one statement.
   */
  timeoutMs?: number;
}

/** Subscribes to Prisma's query events when asked to; the client must be made with `log` set. */
function withQueryLog<T extends object>(client: T, onQuery: DbOptions["onQuery"]): T {
  if (onQuery) {
    (client as unknown as { $on: (event: "query", listener: (e: { query: string; params: string }) => void) => void }).$on("query", (e) =>
      onQuery(e.query, e.params),
    );
  }
  return client;
}

/**
 * Rethrows a database outage from any query as DatabaseUnavailableError (lib/db-outage.ts), so
 * pages and route handlers answer 503 and the error pages can tell it from a bug; and once a
 * request has met an outage, fails its further queries at once.
 */
function withOutageErrors<T extends { $extends: unknown }>(client: T): T {
  const extend = client.$extends as (extension: object) => unknown;
  return extend.call(client, {
    name: "database-outage",
    query: {
      async $allOperations({ args, query }: { args: unknown; query: (args: unknown) => Promise<unknown> }) {
        failFastAfterOutage();
        try {
          return await query(args);
        } catch (error) {
          throw asDatabaseOutage(error);
        }
      },
    },
  }) as T;
}

export function createDb(databaseUrl: string | undefined, { onQuery, timeoutMs = POSTGRES_TIMEOUT_MS }: DbOptions = {}): DbHandle {
  const database = resolveDatabase(databaseUrl);
  const log = onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  if (database.provider === "postgresql") {
    const adapter = new PrismaPg({
      connectionString: database.url,
      max: POSTGRES_POOL_SIZE,
      idleTimeoutMillis: 30_000,
      // Waiting for a connection (pg's 0 means no limit).
      connectionTimeoutMillis: timeoutMs,
      // The server cancels a statement that runs longer, freeing its connection and locks…
      statement_timeout: timeoutMs || undefined,
      // …and the client stops waiting for an answer that never comes (a hung or unreachable server).
      query_timeout: timeoutMs || undefined,
    });
    // Same models, different generated class: see the Db type above.
    const client = withQueryLog(new PostgresClient({ adapter, log }), onQuery);
    return { db: withOutageErrors(client) as unknown as Db, provider: "postgresql" };
  }
  mkdirSync(path.dirname(database.filePath!), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: database.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    await connection.executeScript(SQLITE_PRAGMAS);
    return connection;
  };
  return { db: withOutageErrors(withQueryLog(new SqliteClient({ adapter, log }) as Db, onQuery)), provider: "sqlite" };
}

const globalForDb = globalThis as unknown as { coderFitDb?: DbHandle };

/**
 * The app's database, created once per process (and kept across hot reloads in development).
 * Nothing connects until the first query, so a down database fails requests, not start-up.
 */
export function getDbHandle(): DbHandle {
  globalForDb.coderFitDb ??= createDb(getEnv().DATABASE_URL);
  return globalForDb.coderFitDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}
