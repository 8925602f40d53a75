/**
 * Shared by the benchmark scripts: serving the built app on a scratch database, waiting for it,
 * and giving it a signed-in counsellor with shared results to show.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";

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
  // The server `npm start` runs; the benchmarks are its proxy and send each client's address.
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...fullEnv, HOST: "127.0.0.1", PORT: String(port), TRUSTED_PROXIES: "127.0.0.1" },
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

/** POSTs JSON as a browser on this site would (Origin set, no keep-alive); throws unless 2xx. */
export async function postJson(base: string, pathname: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(`${base}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, connection: "close", ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${pathname}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

/**
 * Signs up and signs in a counsellor, makes a cohort and shares one result into it for each
 * answer set, `concurrency` at a time, through the public API. Returns the session cookie.
 */
export async function counsellorWithResults(
  base: string,
  { name, answers, concurrency = 1 }: { name: string; answers: unknown[]; concurrency?: number },
): Promise<string> {
  const email = `bench-${randomUUID()}@example.org`;
  const password = "bench password 123";
  // Its own made-up address, so the sign-in limit of earlier runs does not apply.
  const address = { "x-forwarded-for": `10.0.${Math.floor(Math.random() * 250)}.1` };
  await postJson(base, "/api/auth/sign-up/email", { name, email, password }, address);
  const signIn = await postJson(base, "/api/auth/sign-in/email", { email, password }, address);
  const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
  const cohort = (await (await postJson(base, "/api/v1/counsellor/cohorts", { name: `${name}'s cohort` }, { cookie })).json()) as {
    cohort: { inviteUrl: string };
  };
  const inviteToken = cohort.cohort.inviteUrl.split("/join/")[1]!;
  for (let start = 0; start < answers.length; start += concurrency) {
    await Promise.all(
      answers.slice(start, start + concurrency).map((set, i) =>
        postJson(base, "/api/v1/assessments", { answers: set, share: { inviteToken, displayName: `Student ${start + i + 1}`, consent: true } }),
      ),
    );
  }
  return cookie;
}
