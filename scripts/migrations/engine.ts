/**
 * Runs Prisma migrations through Prisma's own WebAssembly schema engine and the official
 * driver adapters, so migrations work on machines that cannot download Prisma's native
 * schema-engine binary. It reads and writes the same `migrations/<timestamp>_<name>/migration.sql`
 * folders, `migration_lock.toml` and `_prisma_migrations` table as `prisma migrate`, so a
 * deployment that can reach Prisma's binaries may still use `prisma migrate deploy`.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
  SchemasContainer,
} from "@prisma/schema-engine-wasm";
import { resolveDatabase, type DatabaseProvider, type ResolvedDatabase } from "../../lib/database-url";

const require = createRequire(import.meta.url);
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface MigrationTarget {
  database: ResolvedDatabase;
  /** The schema folder for this provider: prisma/sqlite or prisma/postgres. */
  schemaDir: string;
  migrationsDir: string;
}

export function migrationTarget(databaseUrl: string | undefined, projectRoot = process.cwd()): MigrationTarget {
  const database = resolveDatabase(databaseUrl, projectRoot);
  const schemaDir = path.join(projectRoot, "prisma", schemaFolder(database.provider));
  return { database, schemaDir, migrationsDir: path.join(schemaDir, "migrations") };
}

export function schemaFolder(provider: DatabaseProvider): "sqlite" | "postgres" {
  return provider === "postgresql" ? "postgres" : "sqlite";
}

let wasmReady = false;

function loadWasm(): void {
  if (wasmReady) return;
  // The package's own entry uses an ESM import of the .wasm file, which Node 20 does not
  // support; instantiate the module by hand with the generated bindings as its imports.
  // The package exports no path to its .wasm file; it sits beside the bindings.
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
  });
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => undefined };
  (engineBindings as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(
    instance.exports,
  );
  (instance.exports.__wbindgen_start as () => void)();
  wasmReady = true;
}

/** pg connection fields from a URL; a shadow database must change `database` alone. */
function pgConfig(url: string, database?: string): pg.ClientConfig {
  const parsed = new URL(url);
  const ssl = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: database ?? (decodeURIComponent(parsed.pathname.slice(1)) || "postgres"),
    ssl: ssl && ssl !== "disable" ? { rejectUnauthorized: ssl === "verify-full" } : undefined,
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Creates the PostgreSQL database named in the URL if it does not exist yet. */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const config = pgConfig(url);
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [config.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${quoteIdent(String(config.database))}`);
  } catch (error) {
    // Another process may have created it between the check and the CREATE.
    // 42P04: it exists. 23505: another instance starting at the same moment created it first.
    if (!["42P04", "23505"].includes((error as { code?: string }).code ?? "")) throw error;
  } finally {
    await admin.end();
  }
}

type PgQueryResult = { fields: { dataTypeID: number }[] };
type PgConnection = { performIO(query: unknown): Promise<PgQueryResult> };
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine reads catalog columns of PostgreSQL's one-byte `"char"` type, which the
 * adapter cannot map; they hold plain text, so present them as text.
 */
function readCharAsText<T>(connection: T): T {
  const pgConnection = connection as unknown as PgConnection;
  const performIO = pgConnection.performIO.bind(pgConnection);
  pgConnection.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return connection;
}

function postgresFactory(url: string) {
  const factory = new PrismaPg(pgConfig(url));
  const connect = factory.connect.bind(factory);
  factory.connect = async () => readCharAsText(await connect());
  // The adapter's own shadow database keeps the URL (so `database` is ignored) and drops it
  // without FORCE; manage it here with discrete connection fields instead.
  factory.connectToShadowDb = async () => {
    const name = `prisma_migrate_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client({ ...pgConfig(url), database: "postgres" });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    const shadow = readCharAsText(await new PrismaPg(pgConfig(url, name)).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };
  return factory;
}

type SqliteConnection = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/**
 * The engine replays each migration into the shadow database as one raw command, but
 * better-sqlite3 prepares one statement at a time; run multi-statement scripts as scripts.
 */
function runScriptsWhole(connection: SqliteConnection): SqliteConnection {
  const executeRaw = connection.executeRaw.bind(connection);
  connection.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !String((error as Error)?.message).includes("more than one statement")) throw error;
      await connection.executeScript(query.sql);
      return 0;
    }
  };
  return connection;
}

function sqliteFactory(database: ResolvedDatabase) {
  mkdirSync(path.dirname(database.filePath!), { recursive: true });
  const factory = new PrismaBetterSqlite3({ url: database.url, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => runScriptsWhole(await connect());
  factory.connectToShadowDb = async () => runScriptsWhole(await connectToShadowDb());
  return factory;
}

function adapterFactory(database: ResolvedDatabase) {
  return database.provider === "postgresql" ? postgresFactory(database.url) : sqliteFactory(database);
}

export function readSchemaFiles(schemaDir: string): SchemasContainer {
  const files = readdirSync(schemaDir)
    .filter((name) => name.endsWith(".prisma"))
    .sort()
    .map((name) => {
      const filePath = path.join(schemaDir, name);
      return { path: filePath, content: readFileSync(filePath, "utf8") };
    });
  return { files };
}

export function readMigrations(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const directories = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((dir) => {
      const file = path.join(migrationsDir, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

export interface EngineSession {
  engine: SchemaEngine;
  target: MigrationTarget;
  explain(error: unknown): unknown;
  close(): Promise<void>;
}

type Disposable = { dispose(): Promise<void> };

export async function openEngine(target: MigrationTarget): Promise<EngineSession> {
  loadWasm();
  if (target.database.provider === "postgresql") await ensurePostgresDatabase(target.database.url);
  const schema = readSchemaFiles(target.schemaDir);
  const logs: string[] = [];
  // engine.free() does not close the connections it opened (and on SQLite it holds an
  // exclusive lock), so keep every connection and dispose of it ourselves.
  const factory = adapterFactory(target.database);
  const opened: Disposable[] = [];
  const track = <T extends Disposable>(connect: () => Promise<T>) => async () => {
    const connection = await connect();
    opened.push(connection);
    return connection;
  };
  factory.connect = track(factory.connect.bind(factory));
  factory.connectToShadowDb = track(factory.connectToShadowDb.bind(factory));
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: schema.files.map((file) => [file.path, file.content]) },
    (message: string) => {
      if (process.env.MIGRATE_DEBUG) logs.push(message);
    },
    bound,
  );
  return {
    engine,
    target,
    explain: (error: unknown) => {
      // Driver errors reach us as "External error id#N"; the registry holds the real one.
      const id = error instanceof Error ? /External error id#(\d+)/.exec(error.message)?.[1] : undefined;
      const found = id === undefined ? undefined : bound.errorRegistry.consumeError(Number(id));
      if (!found) return error;
      const cause = found.error as { kind?: string; message?: string; originalMessage?: string };
      return new Error(`${error instanceof Error ? error.message.split("\n")[0] : ""} ${cause.originalMessage ?? cause.message ?? cause.kind ?? ""}`.trim());
    },
    close: async () => {
      if (process.env.MIGRATE_DEBUG) console.error(logs.join("\n"));
      engine.free();
      await Promise.allSettled(opened.map((connection) => connection.dispose()));
    },
  };
}

async function withEngine<T>(target: MigrationTarget, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const session = await openEngine(target);
  try {
    return await run(session.engine);
  } catch (error) {
    throw session.explain(error);
  } finally {
    await session.close();
  }
}

/** Applies pending migrations (what `prisma migrate deploy` does). Returns the names applied. */
/**
 * True when a SQLite file already records every migration as applied. The schema engine takes an
 * exclusive lock on SQLite, which waits for (and times out on) a running app's connection, so an
 * up-to-date database is not handed to the engine at all: `npm run db:seed` or a second
 * `npm start` then work while the app is serving.
 */
async function sqliteIsCurrent(target: MigrationTarget): Promise<boolean> {
  if (target.database.provider !== "sqlite" || !existsSync(target.database.filePath!)) return false;
  const wanted = readMigrations(target.migrationsDir).migrationDirectories.map((entry) => entry.path);
  const adapter = await new PrismaBetterSqlite3({ url: target.database.url }).connect();
  try {
    const result = await adapter.queryRaw({
      sql: "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      args: [],
      argTypes: [],
    });
    const applied = new Set(result.rows.map((row) => String(row[0])));
    return wanted.every((name) => applied.has(name));
  } catch {
    return false;
  } finally {
    await adapter.dispose();
  }
}

export async function deployMigrations(target: MigrationTarget): Promise<string[]> {
  if (await sqliteIsCurrent(target)) return [];
  const applied = await withEngine(target, async (engine) => {
    const output = await engine.applyMigrations({
      migrationsList: readMigrations(target.migrationsDir),
      filters: NO_FILTER,
    });
    return output.appliedMigrationNames;
  });
  if (target.database.provider === "sqlite") await enableWal(target.database);
  return applied;
}

/** WAL lets readers and one writer work at once; the mode is stored in the file itself. */
async function enableWal(database: ResolvedDatabase): Promise<void> {
  const adapter = await new PrismaBetterSqlite3({ url: database.url }).connect();
  try {
    await adapter.executeScript("PRAGMA journal_mode = WAL;");
  } finally {
    await adapter.dispose();
  }
}

function migrationTimestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function lockfileText(provider: DatabaseProvider): string {
  return [
    "# Please do not edit this file manually",
    "# It should be added in your version-control system (e.g., Git)",
    `provider = "${provider}"`,
    "",
  ].join("\n");
}

export interface CreatedMigration {
  name: string;
  path: string;
}

/**
 * Writes a new migration for whatever the schema has that the migrations do not (what
 * `prisma migrate dev --create-only` does). Returns null when there is nothing to migrate.
 * The Wasm engine's own createMigration cannot reach a shadow database through a driver
 * adapter, but its diff from the migrations directory can, and yields the same script.
 */
export async function createMigration(target: MigrationTarget, name: string): Promise<CreatedMigration | null> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "migration";
  const lockPath = path.join(target.migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    mkdirSync(target.migrationsDir, { recursive: true });
    writeFileSync(lockPath, lockfileText(target.database.provider));
  }
  const script = await pendingSchemaChanges(target);
  if (!script) return null;
  const folderName = `${migrationTimestamp()}_${slug}`;
  const folder = path.join(target.migrationsDir, folderName);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), `${script}\n`);
  return { name: folderName, path: folder };
}

/**
 * The SQL that takes the database the migrations build to the one the schema describes, or ""
 * when they agree. Replays the migrations into a shadow database (in memory for SQLite, a
 * temporary database for PostgreSQL).
 */
export async function pendingSchemaChanges(target: MigrationTarget): Promise<string> {
  return withEngine(target, async (engine) => {
    const migrations = readMigrations(target.migrationsDir);
    const result = await engine.diff({
      from: migrations.migrationDirectories.length > 0 ? { tag: "migrations", ...migrations } : { tag: "empty" },
      to: { tag: "schemaDatamodel", ...readSchemaFiles(target.schemaDir) },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 2 ? (result.stdout ?? "").trim() : "";
  });
}
