import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { migrationTarget, pendingSchemaChanges } from "@/scripts/migrations/engine";
import { MODEL_COPIES, MODELS_SOURCE } from "@/scripts/prisma-models";
import { providers, type TestDatabase } from "../support/databases";

const root = process.cwd();
const offlineGuard = path.join(root, "tests/support/offline-guard.mjs");

/** Runs the migration CLI in a child process that may not open any non-loopback connection. */
function migrateOffline(cwd: string, databaseUrl: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", offlineGuard, "--import", "tsx", path.join(cwd, "scripts/migrate.ts"), ...args],
    { cwd, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`migrate ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function migrationFolders(provider: "sqlite" | "postgresql", base = root): string[] {
  const dir = path.join(base, "prisma", provider === "sqlite" ? "sqlite" : "postgres", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe("one set of models for both providers", () => {
  it("keeps each provider's copy of prisma/models.prisma identical to the source", () => {
    const source = readFileSync(MODELS_SOURCE, "utf8");
    for (const copy of MODEL_COPIES) expect(readFileSync(copy, "utf8"), copy).toBe(source);
  });

  it("has schema files that differ only in provider and output folder", () => {
    const normalise = (file: string) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .replace(/provider\s*=\s*"(sqlite|postgresql)"/, 'provider = "<db>"')
        .replace(/generated\/(sqlite|postgres)/, "generated/<db>");
    expect(normalise("prisma/sqlite/schema.prisma")).toBe(normalise("prisma/postgres/schema.prisma"));
  });

  it("has migrations for the same changes on both providers", () => {
    const names = (provider: "sqlite" | "postgresql") => migrationFolders(provider).map((name) => name.replace(/^\d+_/, ""));
    expect(names("sqlite")).toEqual(names("postgresql"));
  });
});

describe.each(providers.filter((p) => p.enabled))("migrations on $name", ({ name, fresh }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await fresh();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("agree with the schema (no drift between models and migrations)", async () => {
    expect(await pendingSchemaChanges(migrationTarget(database.url, root))).toBe("");
  });

  it("apply to an empty database offline, once, in Prisma's own format", async () => {
    const first = migrateOffline(root, database.url, "deploy");
    expect(first).toMatch(/Applied \d+ migration/);
    expect(migrateOffline(root, database.url, "deploy")).toMatch(/up to date/);

    const { db } = createDb(database.url);
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
        'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((row) => row.migration_name)).toEqual(migrationFolders(name));
      expect(rows.every((row) => row.finished_at !== null)).toBe(true);
      expect(await db.assessment.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it("create a new migration offline when the models change, and apply it", async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), "coder-fit-migrate-"));
    const other = await fresh();
    try {
      for (const entry of ["prisma", "scripts", "lib", "package.json", "tsconfig.json"]) {
        cpSync(path.join(root, entry), path.join(scratch, entry), {
          recursive: true,
          filter: (src) => !src.includes(`${path.sep}generated`),
        });
      }
      symlinkSync(path.join(root, "node_modules"), path.join(scratch, "node_modules"), "dir");
      const models = path.join(scratch, "prisma/models.prisma");
      writeFileSync(models, `${readFileSync(models, "utf8")}\nmodel MigrationProbe {\n  id   Int    @id\n  note String\n}\n`);

      const output = migrateOffline(scratch, other.url, "dev", "--name", "add probe");
      expect(output).toMatch(/Created prisma\/(sqlite|postgres)\/migrations\/\d{14}_add_probe\/migration\.sql/);
      const created = migrationFolders(name, scratch).at(-1)!;
      expect(created).toMatch(/^\d{14}_add_probe$/);
      const sql = readFileSync(
        path.join(scratch, "prisma", name === "sqlite" ? "sqlite" : "postgres", "migrations", created, "migration.sql"),
        "utf8",
      );
      expect(sql).toContain('CREATE TABLE "MigrationProbe"');
      expect(migrateOffline(scratch, other.url, "dev")).toMatch(/no new migration needed/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      await other.drop();
    }
  });
});
