/**
 * A database that is down or hung, as the data layer reports it (lib/db.ts, lib/db-outage.ts):
 * every query fails as DatabaseUnavailableError (digest DATABASE_UNAVAILABLE, so the error pages
 * can say "we'll be back shortly"), within the time limits, and the HTTP server's hook turns a
 * 500 into 503 only for a request that saw it.
 */
import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable, toErrorResponse } from "@/lib/api/route";
import { createDb, type DbHandle } from "@/lib/db";
import { DatabaseUnavailableError, markDatabaseUnavailable, trackDatabaseOutage, withDatabaseOutageStatus } from "@/lib/db-outage";
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseOutageDigest } from "@/lib/db-outage-digest";
import { deployMigrations, migrationTarget } from "@/scripts/migrations/engine";
import { startTcpProxy, type TcpProxy } from "../e2e/support/tcp-proxy";
import { freshPostgres, freshSqlite, postgresUrl, type TestDatabase } from "../support/databases";

/** The limit in lib/db.ts, and what a test allows on top of it (a slow, shared machine). */
const LIMIT_MS = 5_000;
/** The frozen-server checks use a shorter limit of the same mechanism, so they take seconds, not tens. */
const FROZEN_LIMIT_MS = 1_000;
const SLACK_MS = 2_500;

async function failure(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await work.then(
    () => new Error("the query succeeded"),
    (caught: unknown) => caught,
  );
  return { error, ms: Date.now() - started };
}

function expectOutage(error: unknown): void {
  expect(error).toBeInstanceOf(DatabaseUnavailableError);
  expect(isDatabaseOutageDigest(error)).toBe(true);
  expect(toErrorResponse(error).status).toBe(503);
}

describe("a database that refuses connections", () => {
  it("fails every kind of query as DatabaseUnavailableError, with the fixed digest", async () => {
    const { db } = createDb("postgresql://nobody@127.0.0.1:1/unreachable");
    try {
      for (const query of [db.assessment.findUnique({ where: { id: "x".repeat(24) } }), db.cohort.count(), db.$queryRawUnsafe("SELECT 1")]) {
        const { error } = await failure(query);
        expectOutage(error);
        expect((error as Error & { digest: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
        // The driver's own error stays underneath, for the log line's class name.
        expect(isDatabaseUnavailable((error as Error).cause)).toBe(true);
      }
    } finally {
      await db.$disconnect();
    }
  });

  it("is recognised inside another library's error (Better Auth's failed session lookup)", () => {
    const prismaError = Object.assign(new Error("Can't reach database server at 127.0.0.1:1"), { name: "PrismaClientKnownRequestError", code: "P1001" });
    const wrapped = Object.assign(new Error("Failed to get session"), { name: "APIError", status: "INTERNAL_SERVER_ERROR", cause: prismaError });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Failed to get session"), { name: "APIError" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Invalid email"))).toBe(false);
  });
});

describe.runIf(postgresUrl)("a PostgreSQL server that hangs (TCP proxy frozen)", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let handle: DbHandle;

  beforeAll(async () => {
    database = await freshPostgres();
    await deployMigrations(migrationTarget(database.url));
    const direct = new URL(database.url);
    proxy = await startTcpProxy({ port: 0, targetHost: direct.hostname, targetPort: Number(direct.port || 5432) });
    const proxied = new URL(database.url);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    handle = createDb(proxied.toString(), { timeoutMs: FROZEN_LIMIT_MS });
  });

  afterAll(async () => {
    await proxy?.close();
    await handle?.db.$disconnect();
    await database?.drop();
  });

  it("answers within the time limit, on a pooled connection and on a new one, then recovers", async () => {
    const { db } = handle;
    // Two connections open and idle in the pool, as in a running app.
    await Promise.all([db.$queryRawUnsafe("SELECT pg_sleep(0.2)::text"), db.$queryRawUnsafe("SELECT pg_sleep(0.2)::text")]);
    await proxy.freeze();

    const [pooled, another] = await Promise.all([failure(db.cohort.count()), failure(db.assessment.count())]);
    const fresh = await failure(db.$queryRawUnsafe("SELECT 1"));
    for (const { error, ms } of [pooled, another, fresh]) {
      expectOutage(error);
      expect(ms).toBeLessThan(FROZEN_LIMIT_MS + SLACK_MS);
    }

    await proxy.up();
    expect(await db.cohort.count()).toBe(0);
  }, 30_000);

  it("gives up on a statement that runs past the limit, and has the server cancel it too", async () => {
    expect(await handle.db.$queryRawUnsafe("SHOW statement_timeout")).toEqual([{ statement_timeout: "1s" }]);
    const { error, ms } = await failure(handle.db.$queryRawUnsafe("SELECT pg_sleep(30)::text"));
    expectOutage(error);
    expect(ms).toBeLessThan(FROZEN_LIMIT_MS + SLACK_MS);
  }, 30_000);

  it("sets the app's own limit of 5 s on every connection by default", async () => {
    const app = createDb(database.url);
    try {
      expect(await app.db.$queryRawUnsafe("SHOW statement_timeout")).toEqual([{ statement_timeout: `${LIMIT_MS / 1000}s` }]);
    } finally {
      await app.db.$disconnect();
    }
  });
});

describe("a SQLite file another process holds locked", () => {
  let database: TestDatabase;
  let handle: DbHandle;

  beforeAll(async () => {
    database = freshSqlite();
    await deployMigrations(migrationTarget(database.url));
    handle = createDb(database.url);
  });

  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  it("once a request has met an outage, fails its further queries at once, and only its own", async () => {
    const down = createDb("postgresql://nobody@127.0.0.1:1/unreachable");
    try {
      const { result, databaseUnavailable } = await trackDatabaseOutage(async () => {
        await down.db.cohort.count().catch(() => undefined);
        // This database works: the query fails only because the request already saw an outage.
        return failure(handle.db.cohort.count());
      });
      expect(databaseUnavailable).toBe(true);
      expectOutage(result.error);
      expect(result.ms).toBeLessThan(100);
      expect(await handle.db.cohort.count()).toBe(0);
    } finally {
      await down.db.$disconnect();
    }
  });

  it("waits at most the busy timeout, then fails as an outage", async () => {
    // Another connection in the middle of a write transaction, holding SQLite's one write lock.
    const other = createDb(database.url);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const transaction = other.db.$transaction(
      async (tx) => {
        await tx.cohort.deleteMany({});
        locked();
        await held;
      },
      { timeout: 30_000 },
    );
    try {
      await isLocked;
      const { error, ms } = await failure(handle.db.cohort.deleteMany({}));
      expectOutage(error);
      expect(ms).toBeGreaterThanOrEqual(LIMIT_MS - 500);
      expect(ms).toBeLessThan(LIMIT_MS + SLACK_MS);
    } finally {
      release();
      await transaction;
      await other.db.$disconnect();
    }
  }, 30_000);
});

describe("withDatabaseOutageStatus (the HTTP server's hook)", () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // Stand-ins for Next.js: it renders a thrown error with 500, by writeHead or implicitly.
    server = createServer(
      withDatabaseOutageStatus(async (request, response) => {
        const url = new URL(request.url!, "http://localhost");
        if (url.searchParams.has("outage")) {
          const { db } = createDb("postgresql://nobody@127.0.0.1:1/unreachable");
          await db.cohort.count().catch(() => undefined);
          await db.$disconnect();
        }
        if (url.searchParams.has("marked")) markDatabaseUnavailable();
        const status = Number(url.searchParams.get("status") ?? 500);
        if (url.searchParams.has("implicit")) {
          response.statusCode = status;
          response.setHeader("Content-Type", "text/html");
          response.end("<p>error page</p>");
        } else {
          response.writeHead(status, "Whatever Next.js says", { "Content-Type": "text/html" });
          response.end("<p>error page</p>");
        }
      }),
    );
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.close();
    await once(server, "close");
  });

  const get = (query: string) =>
    new Promise<{ status: number; message: string; retryAfter: string | undefined; body: string }>((resolve, reject) => {
      httpRequest(`${base}/?${query}`, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve({ status: response.statusCode!, message: response.statusMessage!, retryAfter: response.headers["retry-after"], body }),
        );
      })
        .on("error", reject)
        .end();
    });

  it("turns the 500 of a request whose query found the database down into 503 with Retry-After", async () => {
    for (const query of ["outage", "outage&implicit", "marked", "marked&implicit"]) {
      const answer = await get(query);
      expect(answer, query).toMatchObject({ status: 503, retryAfter: "5", body: "<p>error page</p>" });
    }
    expect((await get("outage")).message).toBe("Service Unavailable");
  });

  it("leaves every other answer alone", async () => {
    expect(await get("status=500")).toMatchObject({ status: 500, retryAfter: undefined });
    expect(await get("status=500&implicit")).toMatchObject({ status: 500, retryAfter: undefined });
    expect(await get("outage&status=200")).toMatchObject({ status: 200, retryAfter: undefined });
    expect(await get("outage&status=404&implicit")).toMatchObject({ status: 404, retryAfter: undefined });
  });

  it("keeps one request's outage out of the next request", async () => {
    const [down, fine] = await Promise.all([get("outage"), get("status=500")]);
    expect(down.status).toBe(503);
    expect(fine.status).toBe(500);
  });
});
