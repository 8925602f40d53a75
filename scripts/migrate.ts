/**
 * `npm run db:migrate` (dev): apply pending migrations, then write and apply a new migration
 * if prisma/models.prisma changed. `npm run db:deploy` (deploy): apply pending migrations only.
 * Works offline: see scripts/migrations/engine.ts.
 */
import { parseArgs } from "node:util";
import { exitOnInvalidEnv } from "../lib/startup/exit-on-invalid-env";
import { syncModelCopies } from "./prisma-models";
import { createMigration, deployMigrations, migrationTarget, schemaFolder } from "./migrations/engine";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string", short: "n" } },
  });
  const mode = positionals[0] ?? "deploy";
  if (mode !== "dev" && mode !== "deploy") {
    console.error(`Unknown mode "${mode}": use "dev" or "deploy".`);
    process.exit(2);
  }
  const env = exitOnInvalidEnv();
  const target = migrationTarget(env.DATABASE_URL);
  const where = target.database.provider === "sqlite" ? target.database.filePath : "PostgreSQL";

  const applied = await deployMigrations(target);
  report(applied, where);

  if (mode === "dev") {
    syncModelCopies();
    const created = await createMigration(target, values.name ?? "migration");
    if (created) {
      console.log(`Created prisma/${schemaFolder(target.database.provider)}/migrations/${created.name}/migration.sql`);
      report(await deployMigrations(target), where);
      console.log("Run `npm run db:migrate` with DATABASE_URL set to the other provider to keep both in step.");
    } else {
      console.log("The schema and the migrations agree: no new migration needed.");
    }
  }
}

function report(applied: string[], where: string | undefined): void {
  if (applied.length === 0) console.log(`Database is up to date (${where}).`);
  else console.log(`Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
