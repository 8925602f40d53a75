/**
 * `npm start`: the one command that takes a fresh checkout to a running app. Checks the
 * environment, applies pending migrations (creating the SQLite file on first run), builds
 * when the build is missing or older than the sources, then serves it with scripts/serve.ts (Next.js
 * inside our own HTTP server).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { exitOnInvalidEnv } from "../lib/startup/exit-on-invalid-env";
import { deployMigrations, migrationTarget } from "./migrations/engine";

const root = process.cwd();
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.ts", "package.json", "instrumentation.ts"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (!SKIP.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(root, input)) <= builtAt);
}

async function main(): Promise<void> {
  const env = exitOnInvalidEnv();
  const target = migrationTarget(env.DATABASE_URL, root);
  const applied = await deployMigrations(target);
  const where = target.database.provider === "sqlite" ? `SQLite at ${path.relative(root, target.database.filePath!)}` : "PostgreSQL";
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}.` : `Database ready (${where}).`);

  if (!buildIsCurrent() || process.env.FORCE_BUILD === "1") {
    console.log("Building the app (first run or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`Coder Fit could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
