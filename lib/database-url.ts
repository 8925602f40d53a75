import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface ResolvedDatabase {
  provider: DatabaseProvider;
  /** A URL Prisma understands: `file:/abs/path.db` for SQLite, the given URL for PostgreSQL. */
  url: string;
  /** SQLite only: the absolute path of the database file. */
  filePath?: string;
}

export const DEFAULT_SQLITE_FILE = path.join("data", "coder-fit.db");
export const ACCEPTED_DATABASE_URLS =
  "unset (SQLite in ./data), file:<path> (SQLite), or postgres:// / postgresql:// (PostgreSQL)";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function isAcceptedDatabaseUrl(url: string): boolean {
  return url.startsWith("file:") || POSTGRES_URL.test(url);
}

/**
 * The single rule for choosing a database: no DATABASE_URL means the embedded SQLite file,
 * a postgres(ql):// URL means PostgreSQL. Shared by lib/env.ts, prisma.config.ts and the
 * migration runner so they can never disagree. Throws on anything else.
 */
export function resolveDatabase(rawUrl: string | undefined, cwd = process.cwd()): ResolvedDatabase {
  const url = rawUrl?.trim();
  if (!url) {
    const filePath = path.resolve(cwd, DEFAULT_SQLITE_FILE);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  if (POSTGRES_URL.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    const filePath = path.resolve(cwd, url.slice("file:".length));
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  throw new Error(`DATABASE_URL must be ${ACCEPTED_DATABASE_URLS}`);
}
