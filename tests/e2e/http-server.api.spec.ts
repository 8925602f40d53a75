/**
 * The HTTP server around Next.js (scripts/serve.ts), as `npm start` runs it. This file starts its
 * own instance with its output captured, on E2E_PORT+7 and a fresh SQLite file, with no
 * TRUSTED_PROXIES (a server reached directly, as when the proxy in front is not configured), a
 * submission limit of 10 and short time-outs, so the slow-client checks take seconds:
 *
 * - a client cannot pick the address it is counted as (X-Forwarded-For, or our own header);
 * - TRACE, TRACK, CONNECT and methods the app does not use get 405 with Allow and the security
 *   headers; a malformed request gets 400 and a closed connection; nothing is logged, nothing crashes;
 * - a client that sends its headers or body slowly is cut off at the configured limits;
 * - a navigation request with a malformed router-state header gets 400, not a 500;
 * - one start-up line, and a clean exit on SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { fixedSecurityHeaders } from "../../lib/security/headers";
import { fakeAddress } from "./support/counsellor";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
/** After playwright.config.ts's ports (base to base + 4) and the ones log-privacy and db-outage take (+5, +6). */
const PORT = BASE_PORT + 7;
const APP_URL = `http://127.0.0.1:${PORT}`;
const SUBMISSION_LIMIT = 10;
const HEADERS_TIMEOUT_SECONDS = 2;
const REQUEST_TIMEOUT_SECONDS = 4;
/** Node checks its time-outs once a second (connectionsCheckingInterval in lib/http-server). */
const CHECK_SLACK_MS = 1_500;
const ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

// One server for the file: its tests run in order in one worker.
test.describe.configure({ mode: "default" });

let server: ChildProcess | undefined;
let output = "";
let dataDir = "";

function startServer(databaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      AUTH_BREACH_CHECK: "off",
      BETTER_AUTH_SECRET: "e2e-only-secret-not-for-real-use-0123456789",
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(PORT),
      TRUSTED_PROXIES: "",
      RATE_LIMIT_SUBMISSIONS: String(SUBMISSION_LIMIT),
      HTTP_HEADERS_TIMEOUT_SECONDS: String(HEADERS_TIMEOUT_SECONDS),
      HTTP_REQUEST_TIMEOUT_SECONDS: String(REQUEST_TIMEOUT_SECONDS),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Without colours: Playwright sets FORCE_COLOR, which the server inherits.
  const capture = (chunk: Buffer) => (output += chunk.toString("utf8").replace(/\u001b\[[0-9;]*m/g, ""));
  child.stdout!.on("data", capture);
  child.stderr!.on("data", capture);
  return child;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "coder-fit-http-server-"));
  const databaseUrl = `file:${path.join(dataDir, "app.db")}`;
  const migrate = spawnSync("npx", ["tsx", "scripts/migrate.ts", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  expect(migrate.status, migrate.stderr).toBe(0);
  server = startServer(databaseUrl);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const status = await fetch(`${APP_URL}/api/health`).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`${APP_URL} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const contexts: APIRequestContext[] = [];
async function client(headers: Record<string, string> = {}): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: APP_URL, extraHTTPHeaders: { origin: APP_URL, ...headers } });
  contexts.push(context);
  return context;
}
test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose().catch(() => undefined)));
});

/** What the server printed while `action` ran (and shortly after): a stack trace or crash shows here. */
async function logDuring(action: () => Promise<void>): Promise<string> {
  const before = output.length;
  await action();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return output.slice(before);
}
const NOISE = /uncaught|unhandled|⨯|^\s+at\s|Error\b/im;
/** What Next.js prints when a request body never arrives in full (docs/security.md, Logs). */
const ABORTED_UPLOAD = /^Error: aborted\n\s+at ignore-listed frames \{\n\s+code: 'ECONNRESET'\n\}$/gm;

interface RawAnswer {
  text: string;
  /** Milliseconds from the first byte sent until the server closed the connection; null if it had not. */
  closedAfterMs: number | null;
}

/**
 * Talks HTTP by hand over one connection: writes each string, waits the given milliseconds for
 * each number, then waits up to `waitMs` for the server to close the connection.
 */
function exchange(steps: (string | number)[], waitMs = 3_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    let text = "";
    const started = Date.now();
    let closedAfterMs: number | null = null;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closedAfterMs });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on("data", (chunk) => (text += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      closedAfterMs = Date.now() - started;
      finish();
    });
    socket.on("connect", async () => {
      for (const step of steps) {
        if (socket.destroyed) return;
        if (typeof step === "number") await new Promise((resolve) => setTimeout(resolve, step));
        else socket.write(step, "latin1");
      }
    });
  });
}

/** Writes `head`, then one byte of `drip` every `everyMs` until the server closes the connection or `capMs` passes. */
function dribble(head: string, drip: string, everyMs: number, capMs: number): Promise<RawAnswer> {
  const steps: (string | number)[] = [head];
  for (let elapsed = 0; elapsed < capMs; elapsed += everyMs) steps.push(everyMs, drip);
  return exchange(steps, capMs);
}

interface ParsedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The responses in a raw answer, in order (bodies by Content-Length). */
function responses(text: string): ParsedResponse[] {
  const parsed: ParsedResponse[] = [];
  let rest = text;
  while (rest.startsWith("HTTP/1.1 ")) {
    const end = rest.indexOf("\r\n\r\n");
    if (end < 0) break;
    const [statusLine, ...lines] = rest.slice(0, end).split("\r\n");
    const headers = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf(":")).trim().toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
    );
    const length = Number(headers["content-length"] ?? 0);
    parsed.push({ status: Number(statusLine!.split(" ")[1]), headers, body: rest.slice(end + 4, end + 4 + length) });
    rest = rest.slice(end + 4 + length);
  }
  return parsed;
}

function expectSecurityHeaders(headers: Record<string, string>): void {
  for (const { key, value } of fixedSecurityHeaders) expect(headers[key.toLowerCase()], key).toBe(value);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

test.describe("a client cannot choose the address it is counted as", () => {
  test("rotating X-Forwarded-For on wrong sign-in passwords still meets the limit of 5 a minute", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const api = await client({ "x-forwarded-for": fakeAddress(), "x-coderfit-client-address": fakeAddress() });
      const response = await api.post("/api/auth/sign-in/email", { data: { email: "nobody.rotating@example.org", password: "wrong password 123" } });
      statuses.push(response.status());
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  test("rotating X-Forwarded-For on submissions still meets the submission limit", async () => {
    const statuses: Record<number, number> = {};
    for (let attempt = 0; attempt < SUBMISSION_LIMIT + 5; attempt++) {
      const api = await client({ "x-forwarded-for": `${fakeAddress()}, ${fakeAddress()}`, "x-coderfit-client-address": fakeAddress() });
      const status = (await api.post("/api/v1/assessments", { data: { answers: {} } })).status();
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    expect(statuses).toEqual({ 422: SUBMISSION_LIMIT, 429: 5 });
  });
});

test.describe("methods the app does not serve", () => {
  for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "FOO"]) {
    test(`${method} gets 405 with Allow and the security headers, and nothing in the log`, async () => {
      const target = method === "CONNECT" ? "127.0.0.1:443" : "/";
      let answer: RawAnswer | undefined;
      const log = await logDuring(async () => {
        answer = await exchange([`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`]);
      });
      const [response, ...more] = responses(answer!.text);
      expect(response?.status, answer!.text.slice(0, 200)).toBe(405);
      expect(more).toEqual([]);
      expect(response!.headers.allow).toBe(ALLOW);
      expectSecurityHeaders(response!.headers);
      expect(response!.body).not.toMatch(/\bat\s|Error/);
      expect(log).not.toMatch(NOISE);
    });
  }
});

test.describe("malformed requests", () => {
  test("a stray byte after a TRACE gets 400 and a closed connection, and the server keeps serving", async () => {
    let separate: RawAnswer | undefined;
    let together: RawAnswer | undefined;
    let garbage: RawAnswer | undefined;
    const log = await logDuring(async () => {
      separate = await exchange(["TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 300, "X"]);
      together = await exchange(["TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nX"]);
      garbage = await exchange(["\u0000\u0001 not http at all\r\n\r\n"]);
    });

    expect(responses(separate!.text).map((response) => response.status)).toEqual([405, 400]);
    expect(separate!.closedAfterMs).not.toBeNull();
    // In one packet the 405 is already on its way when the stray byte is read: the connection is
    // closed without a second answer.
    expect(responses(together!.text).map((response) => response.status)).toEqual([405]);
    expect(together!.closedAfterMs).not.toBeNull();
    const [bad] = responses(garbage!.text);
    expect(bad?.status).toBe(400);
    expectSecurityHeaders(bad!.headers);
    expect(garbage!.closedAfterMs).not.toBeNull();

    expect((await fetch(`${APP_URL}/api/health`)).status).toBe(200);
    expect(log).not.toMatch(NOISE);
  });
});

test.describe("slow clients", () => {
  test(`headers sent a byte at a time are cut off after ${HEADERS_TIMEOUT_SECONDS} s`, async () => {
    const answer = await dribble("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", "x", 200, 10_000);
    expect(answer.closedAfterMs, "the server never closed the connection").not.toBeNull();
    expect(answer.closedAfterMs!).toBeLessThan(HEADERS_TIMEOUT_SECONDS * 1000 + CHECK_SLACK_MS);
  });

  test(`a body sent a byte at a time is cut off after ${REQUEST_TIMEOUT_SECONDS} s`, async () => {
    const head = "POST /api/v1/assessments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
    let answer: RawAnswer = { text: "", closedAfterMs: null };
    const log = await logDuring(async () => {
      answer = await dribble(head, " ", 200, 12_000);
    });
    expect(answer.closedAfterMs, "the server never closed the connection").not.toBeNull();
    expect(responses(answer.text).map((response) => response.status)).toEqual([408]);
    // Next.js reports the body it never got, as for any client that disconnects mid-upload; nothing else.
    expect(log.replace(ABORTED_UPLOAD, "")).not.toMatch(NOISE);
    expect(answer.closedAfterMs!).toBeLessThan(REQUEST_TIMEOUT_SECONDS * 1000 + CHECK_SLACK_MS);
    // Not cut for being slow to start: the headers arrived in time.
    expect(answer.closedAfterMs!).toBeGreaterThan(HEADERS_TIMEOUT_SECONDS * 1000);
    expect((await fetch(`${APP_URL}/api/health`)).status).toBe(200);
  });
});

test.describe("Next.js navigation headers", () => {
  const pages = ["/", "/join", "/results", "/backgrounds", "/counsellor/sign-in", "/report/AAAAAAAAAAAAAAAAAAAAAAAA"];
  /** Not URI-encoded JSON, not an array, or an array that is not a router state. */
  const malformed = ["x", "%5B", "%7B%7D", "%5B%5D", "%5B%22%22%5D", "%5B1%2C2%5D"];
  /** The shape Next.js's client sends for the home page. */
  const valid = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null]));

  test("a malformed Next-Router-State-Tree gets 400 with the security headers on every page", async () => {
    const api = await client();
    for (const page of pages) {
      for (const tree of malformed) {
        const response = await api.get(`${page}?_rsc=x`, { headers: { rsc: "1", "next-router-state-tree": tree } });
        expect(response.status(), `${page} with ${tree}`).toBe(400);
        expect(await response.json()).toEqual({ error: expect.stringMatching(/reload the page/i), issues: [] });
        expectSecurityHeaders(response.headers());
      }
    }
  });

  test("a real navigation request still works, and garbage in the other navigation headers is no 5xx", async () => {
    const api = await client();
    const navigation = await api.get("/?_rsc=x", { headers: { rsc: "1", "next-router-state-tree": valid } });
    expect(navigation.status()).toBe(200);
    expect(navigation.headers()["content-type"]).toContain("text/x-component");
    for (const page of pages) {
      for (const [name, value] of [
        ["next-router-prefetch", "x"],
        ["next-router-prefetch", "1"],
        ["next-router-segment-prefetch", "/%E0"],
        ["next-router-segment-prefetch", "/_tree"],
        ["next-url", "/%"],
        ["next-url", "//elsewhere.example"],
      ] as const) {
        const response = await api.get(`${page}?_rsc=x`, { headers: { rsc: "1", "next-router-state-tree": valid, [name]: value } });
        expect(response.status(), `${page} with ${name}: ${value}`).toBeLessThan(500);
      }
    }
  });
});

test("starts with one line, and exits cleanly on SIGTERM", async () => {
  const lines = output.split("\n").filter((line) => /ready/i.test(line));
  expect(lines).toEqual([expect.stringMatching(new RegExp(`^✓ Coder Fit ready on http://127\\.0\\.0\\.1:${PORT} `))]);

  // An idle keep-alive connection must not hold the shutdown up.
  const idle = net.connect(PORT, "127.0.0.1");
  idle.on("error", () => undefined);
  idle.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  await new Promise((resolve) => idle.once("data", resolve));

  const started = Date.now();
  const exited = new Promise<number | null>((resolve) => server!.once("exit", (code) => resolve(code)));
  server!.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(output).toMatch(/stopped/i);
  expect(output.replace(ABORTED_UPLOAD, "")).not.toMatch(NOISE);
});
