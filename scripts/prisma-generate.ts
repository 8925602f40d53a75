// Generates both Prisma clients (SQLite and PostgreSQL) without Prisma's native engines.
// Runs on `npm install` (postinstall) and as `npm run db:generate`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { syncModelCopies } from "./prisma-models";

const root = process.cwd();
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const env = {
  ...process.env,
  // `prisma generate` needs no schema engine, but the CLI looks for one and would try to
  // download it (which fails offline); the stub satisfies the lookup.
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts", "schema-engine-stub.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

for (const copy of syncModelCopies(root)) console.log(`Updated ${copy} from prisma/models.prisma.`);

for (const folder of ["sqlite", "postgres"]) {
  const run = spawnSync(process.execPath, [prismaCli, "generate", "--schema", path.join("prisma", folder)], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    console.error(`Could not generate the ${folder} Prisma client.`);
    process.exit(run.status ?? 1);
  }
  console.log(`Generated the ${folder} Prisma client.`);
}
