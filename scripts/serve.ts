/**
 * Serves the built app (what `npm start` runs once the build is ready, and what the browser tests
 * start): Next.js's request handler inside our own node:http server (lib/http-server), which
 * refuses what Next.js would answer with a 500, sets the client address the request limits count,
 * and cuts off slow clients. Listens on HOST:PORT; stops gracefully on SIGINT or SIGTERM.
 *
 *   node --import tsx scripts/serve.ts
 */
import { once } from "node:events";
import { createRequire } from "node:module";
import { withDatabaseOutageStatus } from "../lib/db-outage";
import { createAppServer } from "../lib/http-server/create-server";
import { APP_SERVER_MARK } from "../lib/rate-limit/forwarded";
import { exitOnInvalidEnv } from "../lib/startup/exit-on-invalid-env";

/** How long requests in flight may take to finish after a stop signal before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const startedAt = performance.now();
  // NODE_ENV as `next start` sets it, before Next.js or Better Auth read it; and the mark that
  // tells lib/rate-limit and Better Auth that this server sets the client address header.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production", [APP_SERVER_MARK]: "1" });
  const env = exitOnInvalidEnv();
  const { default: next } = await import("next");
  // Next.js builds two addresses for a request: the router's from this hostname, and the one its
  // proxy (proxy.ts) sees from "localhost" whatever is given here. A proxy rewrite (/results to
  // /en/results: the page's language) whose address differs from the router's is taken for another
  // site and proxied, so both must say "localhost". Only Next.js's own URL building reads this
  // name; this server listens on HOST below.
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port: env.PORT });
  await app.prepare();

  const server = createAppServer({
    // A page that met a database outage goes out as 503 with Retry-After, not Next.js's 500.
    handle: withDatabaseOutageStatus(app.getRequestHandler()),
    trustedProxies: env.TRUSTED_PROXIES,
    headersTimeoutSeconds: env.HTTP_HEADERS_TIMEOUT_SECONDS,
    requestTimeoutSeconds: env.HTTP_REQUEST_TIMEOUT_SECONDS,
    keepAliveTimeoutSeconds: env.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS,
    publicUrl: env.BETTER_AUTH_URL,
  });
  server.listen(env.PORT, env.HOST);
  await once(server, "listening");

  const nextVersion = (createRequire(import.meta.url)("next/package.json") as { version: string }).version;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`✓ Coder Fit ready on http://${env.HOST}:${env.PORT} (Next.js ${nextVersion}, ${process.env.NODE_ENV}) in ${seconds} s`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    // A second signal means now.
    if (stopping) process.exit(1);
    stopping = true;
    const closed = once(server, "close");
    server.close();
    // Connections whose last response has just gone out are closed too, not left to time out.
    setInterval(() => server.closeIdleConnections(), 250).unref();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    await closed;
    await app.close();
    console.log(`Coder Fit stopped (${signal}).`);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(`Coder Fit could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
