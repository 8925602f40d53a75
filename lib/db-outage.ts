import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import { DATABASE_UNAVAILABLE_DIGEST, OUTAGE_RETRY_AFTER_SECONDS } from "./db-outage-digest";

/**
 * A database that is down, unreachable or hung, as one kind of failure the app answers with 503
 * and `Retry-After`, never 500:
 *
 * - `isDatabaseUnavailable` recognises it in whatever shape the driver, Prisma or Better Auth
 *   wrapped it;
 * - the data layer (lib/db.ts) rethrows it as `DatabaseUnavailableError`, whose fixed digest lets
 *   the error pages say "we'll be back shortly", and marks the request it happened in;
 * - route handlers answer 503 themselves (lib/api/route.ts, app/api/auth/[...all]/route.ts);
 * - pages cannot: Next.js renders every thrown error with 500. `withDatabaseOutageStatus` wraps
 *   the HTTP server's request handler and turns that 500 into 503 for a request the data layer
 *   marked, and only for such a request.
 *
 * No "server-only" import: the HTTP server (a plain Node script) imports this file too.
 */

/**
 * The driver adapter's names for a database that cannot be reached. Prisma gives these their own
 * P1xxx codes from ordinary queries, but inside raw SQL (the rate-limit counter) every driver
 * failure is P2010 "raw query failed", with the adapter's kind as the only sign of an outage.
 */
const UNREACHABLE_KINDS = new Set([
  "AuthenticationFailed",
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "SocketTimeout",
  "DatabaseAccessDenied",
  "TlsConnectionError",
  "ConnectionClosed",
  "TooManyConnections",
]);

/**
 * SQLSTATE classes of a server that cannot serve: 08 (connection exception) and 57 (operator
 * intervention: statement_timeout's 57014, a shutdown, a server still starting).
 */
const UNAVAILABLE_SQLSTATE = /^(08|57)[0-9A-Z]{3}$/;

/**
 * What drivers say when a connection fails or a time limit in lib/db.ts runs out: pg's
 * "Query read timeout", "timeout exceeded when trying to connect", "Connection terminated…";
 * SQLite's "database is locked" once its busy timeout has passed.
 */
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|database is locked|SocketTimeout|connect|Connection terminated|Query read timeout|statement timeout/i;

/** The error and the errors it wraps (`cause`), outermost first. */
function* causes(error: unknown): Generator<object> {
  for (let depth = 0; depth < 5 && typeof error === "object" && error !== null; depth++) {
    yield error;
    error = (error as { cause?: unknown }).cause;
  }
}

function isUnavailableItself(error: object): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } }).meta?.driverAdapterError
    ?.cause;
  return (
    /^PrismaClient(Initialization|RustPanic|Unknown)?Error$/.test(typeof name === "string" ? name : "") ||
    (typeof code === "string" && (/^P1\d{3}$/.test(code) || UNAVAILABLE_SQLSTATE.test(code))) ||
    (typeof cause?.kind === "string" && UNREACHABLE_KINDS.has(cause.kind)) ||
    (typeof cause?.originalCode === "string" && UNAVAILABLE_SQLSTATE.test(cause.originalCode)) ||
    (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message))
  );
}

/**
 * Failures of the database itself (down, unreachable, timed out), as opposed to bad input. Looks
 * through wrappers too: Better Auth reports a failed session lookup as its own APIError, with
 * the database's error as the cause.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const layer of causes(error)) if (isUnavailableItself(layer)) return true;
  return false;
}

/** The database could not be reached or did not answer in time; `cause` says how. */
export class DatabaseUnavailableError extends Error {
  /** Kept by Next.js on the way to the error pages (lib/db-outage-digest.ts). */
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  constructor(cause: unknown) {
    super("The database is unavailable.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

interface OutageStore {
  databaseUnavailable: boolean;
}

/**
 * One store per process, on globalThis: Next.js bundles this module into its server chunks
 * while the HTTP server imports it from source, and both copies must use the same store.
 */
const STORAGE_KEY = Symbol.for("coder-fit.database-outage");
const storage: AsyncLocalStorage<OutageStore> = ((globalThis as Record<symbol, unknown>)[STORAGE_KEY] ??=
  new AsyncLocalStorage<OutageStore>()) as AsyncLocalStorage<OutageStore>;

/** Notes that the request being handled found the database unavailable (no-op outside one). */
export function markDatabaseUnavailable(): void {
  const store = storage.getStore();
  if (store) store.databaseUnavailable = true;
}

/**
 * For the data layer, before a query: once a request has found the database unavailable, its
 * further queries fail at once instead of each waiting out the time limits again (Next.js renders
 * a failed page's metadata a second time for the error page, which would double the wait).
 */
export function failFastAfterOutage(): void {
  if (storage.getStore()?.databaseUnavailable) {
    throw new DatabaseUnavailableError(new Error("The database was already unavailable earlier in this request."));
  }
}

/**
 * For the data layer: an outage becomes a DatabaseUnavailableError and marks the request; any
 * other error is returned as it is.
 */
export function asDatabaseOutage(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  markDatabaseUnavailable();
  return error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
}

/**
 * Runs `work` and says whether the database was found unavailable while it ran: for a handler
 * whose library turns our errors into its own 500 answer (Better Auth).
 */
export async function trackDatabaseOutage<T>(work: () => Promise<T>): Promise<{ result: T; databaseUnavailable: boolean }> {
  const current = storage.getStore();
  if (current) {
    const result = await work();
    return { result, databaseUnavailable: current.databaseUnavailable };
  }
  const store: OutageStore = { databaseUnavailable: false };
  const result = await storage.run(store, work);
  return { result, databaseUnavailable: store.databaseUnavailable };
}

type NodeRequestHandler = (request: IncomingMessage, response: ServerResponse, ...rest: never[]) => unknown;

/**
 * For the HTTP server around Next.js: wraps its request handler so that a response about to be
 * sent with 500 goes out as 503 with `Retry-After` when the data layer found the database
 * unavailable during this request. Any other status, and a 500 from a request that never saw
 * an outage, pass untouched. Every way Node sends a status line (`writeHead`, or headers sent
 * implicitly by the first write) goes through `writeHead`, which is where the status changes.
 *
 *     const handle = withDatabaseOutageStatus(app.getRequestHandler());
 */
export function withDatabaseOutageStatus<H extends NodeRequestHandler>(handler: H): H {
  const wrapped = (request: IncomingMessage, response: ServerResponse, ...rest: never[]) => {
    const store: OutageStore = { databaseUnavailable: false };
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, statusCode: number, ...args: unknown[]) {
      if (statusCode === 500 && store.databaseUnavailable) {
        statusCode = 503;
        this.statusCode = 503;
        if (typeof args[0] === "string") args[0] = "Service Unavailable";
        if (!this.hasHeader("retry-after")) this.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS));
      }
      return (writeHead as (...all: unknown[]) => ServerResponse).call(this, statusCode, ...args);
    } as ServerResponse["writeHead"];
    return storage.run(store, () => handler(request, response, ...rest));
  };
  return wrapped as H;
}
