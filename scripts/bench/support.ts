/** Shared by the benchmark scripts: serving the built app on a scratch database, and waiting for it. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const response = await fetch(url, { headers: { connection: "close" } });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

export interface Served {
  base: string;
  stop: () => void;
}

/**
 * Migrates `databaseUrl` and serves the existing build on 127.0.0.1:`port` in production mode.
 * `env` adds variables (e.g. higher rate limits for a load benchmark).
 */
export async function serveBuild(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<Served> {
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_BREACH_CHECK: "off",
    BETTER_AUTH_SECRET: "bench-only-secret-not-for-real-use-0123456789",
    ...env,
  };
  const migrate = spawnSync("npx", ["tsx", "scripts/migrate.ts", "deploy"], { env: fullEnv, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`Migrations failed:\n${migrate.stderr}`);
  const server: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: fullEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`);
  return { base, stop: () => process.kill(-server.pid!, "SIGTERM") };
}

export function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
