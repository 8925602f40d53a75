/**
 * Hostile requests below the JSON bodies, generated with fast-check through the built app on
 * SQLite and (when TEST_POSTGRES_URL is set) PostgreSQL: the kinds of request the body fuzzing
 * (fuzz.api.spec.ts) never sent and an outside probe found holes with.
 *
 * - state-changing calls from another site's page (foreign, opaque and garbled `Origin`s), each
 *   carrying the owner key or the counsellor's cookie, so only the origin check stands in the way;
 * - Next.js navigation headers: router states Next.js would refuse, and garbage in the others;
 * - methods beyond the usual (TRACE, TRACK, CONNECT, WebDAV's, made-up verbs), over a raw socket;
 * - `X-Forwarded-For` chains a client makes up in front of its real hop, and our own address
 *   header forged, on wrong sign-in passwords: the limit of 5 a minute still holds;
 * - hostile `next` targets on the counsellor sign-in and sign-up pages, which must only ever
 *   send a counsellor to a page of the workspace on this site.
 *
 * Every answer must be the stated 4xx (or a same-site redirect), never a 5xx, and nothing may
 * change. The seed is printed; FUZZ_SEED=<n> replays it, FUZZ_RUNS=<n> sets the count.
 */
import net from "node:net";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";
import { createDb } from "../../lib/db";
import { tryWorkExercise, TRY_WORK_VERSION } from "../../lib/try-work/exercise";
import { correctOption, exerciseQuestions } from "../../lib/try-work/score";
import { baseURL } from "../../playwright.config";
import { apiAnswers, fakeAddress, signedInCounsellor, uniqueEmail } from "./support/counsellor";
import { postgresURL } from "./support/servers";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = 6;

const servers = [
  { name: "SQLite", url: baseURL, databaseUrl: "file:./data/e2e.db", runs: RUNS },
  ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL, databaseUrl: process.env.TEST_POSTGRES_URL!, runs: Math.ceil(RUNS / 2) }] : []),
];

/** Text a header may carry: visible ASCII and spaces, never leading or trailing space. */
const headerText = fc
  .string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 })
  .map((text) => text.trim());

const PAGES = ["/", "/assessment", "/results", "/backgrounds", "/join", "/counsellor/sign-in", "/report/deleted"];

/** Runs `task` over `items`, a few at a time. */
async function pool<T, R>(items: T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

function report(name: string, statuses: number[]) {
  const tally = new Map<number, number>();
  for (const status of statuses) tally.set(status, (tally.get(status) ?? 0) + 1);
  console.log(`[fuzz] ${name}: ${statuses.length} requests: ${[...tally].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ")}`);
}

/** One raw HTTP/1.1 request, for methods fetch refuses to send; the status line and headers of the answer. */
function rawRequest(url: string, method: string, path: string): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${method} ${path}: no answer in 10 s`));
    }, 10_000);
    socket.on("connect", () => socket.write(`${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`));
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("error", () => {
      /* A reset after the answer is fine; no answer at all is caught below. */
    });
    socket.on("close", () => {
      clearTimeout(timer);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, head: received.split("\r\n\r\n")[0] ?? "" });
    });
  });
}

/** A valid "Try the work" body: only the foreign Origin should stop it. */
const tryWorkAnswers = Object.fromEntries(exerciseQuestions(tryWorkExercise).map((question) => [question.id, correctOption(question).id]));

for (const server of servers) {
  test.describe(`hostile requests on ${server.name}`, () => {
    test("state-changing calls from another site's page are refused (403) and change nothing", async () => {
      const seed = SEED;
      test.info().annotations.push({ type: "seed", description: `FUZZ_SEED=${SEED}` });
      const serverHost = new URL(server.url).host;
      const counsellor = await signedInCounsellor(server.url, "Origin Counsellor");
      const cookie = (await counsellor.api.storageState()).cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
      const cohort = (await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "Origin batch" } })).json()).cohort as {
        id: string;
        code: string;
        inviteUrl: string;
      };
      const inviteToken = cohort.inviteUrl.split("/join/")[1]!;
      const created = await counsellor.api.post("/api/v1/assessments", {
        data: { answers: apiAnswers(2), share: { inviteToken, displayName: "Origin Student", consent: true } },
      });
      expect(created.status()).toBe(201);
      const { id, ownerKey } = (await created.json()) as { id: string; ownerKey: string };
      const { rows } = (await (await counsellor.api.get("/api/v1/counsellor/results")).json()) as { rows: { id: string }[] };
      const shareId = rows[0]!.id;
      const keyPrefix = `origin_${Date.now().toString(36)}`;

      const json = (value: unknown) => JSON.stringify(value);
      const calls = [
        { method: "POST", path: "/api/v1/assessments", body: json({ answers: apiAnswers(1), submissionKey: `${keyPrefix}_${Math.random().toString(36).slice(2, 12)}` }) },
        { method: "DELETE", path: `/api/v1/assessments/${id}` },
        { method: "POST", path: `/api/v1/assessments/${id}/shares`, body: json({ code: cohort.code, displayName: "Forged", consent: true }) },
        { method: "DELETE", path: `/api/v1/assessments/${id}/shares/${shareId}` },
        { method: "POST", path: `/api/v1/assessments/${id}/owner`, body: json({ ownerKey: "forged_owner_key_0123456789" }) },
        { method: "PUT", path: `/api/v1/assessments/${id}/try-work`, body: json({ version: TRY_WORK_VERSION, answers: tryWorkAnswers, feeling: "disliked" }) },
        { method: "POST", path: "/api/v1/counsellor/cohorts", body: json({ name: "Forged batch" }) },
        { method: "PATCH", path: `/api/v1/counsellor/cohorts/${cohort.id}`, body: json({ invitesOpen: false }) },
        { method: "DELETE", path: `/api/v1/counsellor/cohorts/${cohort.id}` },
        { method: "POST", path: `/api/v1/counsellor/results/${shareId}/notes`, body: json({ body: "Forged note" }) },
        { method: "PUT", path: `/api/v1/counsellor/results/${shareId}/review`, body: json({ reviewed: true }) },
        { method: "POST", path: "/api/auth/sign-out", body: "{}" },
        { method: "POST", path: "/api/auth/sign-in/email", body: json({ email: counsellor.email, password: "a long enough password" }) },
      ] as const;
      const foreignOrigin = fc
        .oneof(
          fc.constantFrom("null", "http://evil.example", "https://evil.example:443", `http://${serverHost}.evil.example`, "http://127.0.0.1", "file://", "chrome-extension://abcdef", "javascript:alert(1)", "data:,x"),
          fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => new URL(url).origin),
          fc.webUrl().map((url) => url),
          headerText,
        )
        .filter((origin) => {
          // The same host by another scheme is this site (a proxy may end TLS): not what is tested.
          try {
            return new URL(origin).host.toLowerCase() !== serverHost;
          } catch {
            return true;
          }
        });
      const cases = fc.sample(fc.tuple(fc.constantFrom(...calls), foreignOrigin), { numRuns: server.runs, seed });

      const db = createDb(server.databaseUrl).db;
      const snapshot = async () => ({
        assessment: await db.assessment.count({ where: { id } }),
        forgedSubmissions: await db.assessment.count({ where: { submissionKey: { startsWith: keyPrefix } } }),
        shares: await db.share.count({ where: { assessmentId: id } }),
        notes: await db.note.count({ where: { shareId } }),
        cohort: await db.cohort.findUnique({ where: { id: cohort.id }, select: { invitesOpen: true } }),
        cohorts: await db.cohort.count({ where: { name: "Forged batch" } }),
        reviewed: (await db.share.findUnique({ where: { id: shareId }, select: { reviewedAt: true } }))?.reviewedAt ?? null,
        tryWork: (await db.assessment.findUnique({ where: { id }, select: { tryWork: true } }))?.tryWork ?? null,
      });
      const before = await snapshot();
      const statuses = await pool(cases, async ([call, origin]) => {
        const response = await fetch(server.url + call.path, {
          method: call.method,
          headers: {
            origin,
            cookie,
            "x-owner-key": ownerKey,
            "x-forwarded-for": fakeAddress(),
            ...("body" in call ? { "content-type": "application/json" } : {}),
          },
          ...("body" in call ? { body: call.body } : {}),
          redirect: "manual",
        });
        const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
        if (response.status !== 403 || typeof body?.error !== "string") {
          throw new Error(`${call.method} ${call.path} with Origin ${JSON.stringify(origin)} answered ${response.status}`);
        }
        return response.status;
      });
      report(`${server.name} foreign Origins`, statuses);
      expect(await snapshot()).toEqual(before);

      // The same calls from the site's own pages still work (one, as a control).
      const own = await fetch(`${server.url}/api/v1/assessments/${id}/shares`, {
        headers: { origin: server.url, "x-owner-key": ownerKey, "x-forwarded-for": fakeAddress() },
      });
      expect(own.status).toBe(200);
      await db.$disconnect();
      await counsellor.api.dispose();
    });

    test("navigation headers: a router state Next.js would refuse is a 400 on every page; garbage in the others is never a 5xx", async () => {
      const seed = SEED + 1;
      test.info().annotations.push({ type: "seed", description: `FUZZ_SEED=${SEED}` });
      const treeValue = fc.oneof(
        headerText,
        fc.jsonValue({ maxDepth: 3 }).map((value) => encodeURIComponent(JSON.stringify(value) ?? "")),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ""),
        fc.constantFrom("x", "%", "%5B", "[", "[]", '["",{}]', "%5B%22%22%2C%7B%7D%5D", "null", "%00", "a".repeat(5_000)),
      );
      const other = fc.record({
        "next-router-prefetch": fc.option(headerText, { nil: undefined }),
        "next-router-segment-prefetch": fc.option(headerText, { nil: undefined }),
        "next-url": fc.option(headerText, { nil: undefined }),
      });
      const cases = fc.sample(fc.tuple(fc.constantFrom(...PAGES), fc.option(treeValue, { nil: undefined }), other), { numRuns: server.runs, seed });
      const statuses = await pool(cases, async ([page, tree, extra]) => {
        const headers: Record<string, string> = { rsc: "1", "x-forwarded-for": fakeAddress() };
        for (const [name, value] of Object.entries(extra)) if (value !== undefined) headers[name] = value;
        if (tree !== undefined) headers["next-router-state-tree"] = tree;
        const response = await fetch(`${server.url}${page}?_rsc=fuzz`, { headers, redirect: "manual" });
        await response.arrayBuffer();
        let refused = false;
        if (tree !== undefined) {
          try {
            parseAndValidateFlightRouterState(tree);
          } catch {
            refused = true;
          }
        }
        const what = `${page} with ${JSON.stringify(headers).slice(0, 300)} answered ${response.status}`;
        if (response.status >= 500) throw new Error(what);
        if (refused && response.status !== 400) throw new Error(`${what}, expected 400`);
        if (refused && response.headers.get("x-content-type-options") !== "nosniff") throw new Error(`${what} without the security headers`);
        return response.status;
      });
      report(`${server.name} navigation headers`, statuses);
    });

    test("methods beyond the usual get 405 (or 400 when they are not HTTP at all), with the security headers, never a 5xx", async () => {
      const seed = SEED + 2;
      test.info().annotations.push({ type: "seed", description: `FUZZ_SEED=${SEED}` });
      const usual = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
      const method = fc
        .oneof(
          fc.constantFrom("TRACE", "TRACK", "CONNECT", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "PURGE", "LINK", "UNLINK", "REPORT", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "QUERY", "DEBUG", "get", "Trace"),
          fc.stringMatching(/^[A-Z][A-Z-]{0,11}$/),
        )
        .filter((verb) => !usual.has(verb));
      const path = fc.constantFrom(...PAGES, "/api/v1/assessments", "/api/health", "/api/auth/get-session", "/api/v1/counsellor/results", "/no-such-page");
      const cases = fc.sample(fc.tuple(method, path), { numRuns: Math.min(server.runs, 200), seed });
      const statuses = await pool(cases, async ([verb, target]) => {
        const { status, head } = await rawRequest(server.url, verb, target);
        if (status !== 405 && status !== 400) throw new Error(`${verb} ${target} answered ${status || "nothing"}:\n${head}`);
        if (!/\r\nx-content-type-options: nosniff/i.test(head)) throw new Error(`${verb} ${target} answered without the security headers:\n${head}`);
        if (status === 405 && !/\r\nallow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS/i.test(head)) throw new Error(`${verb} ${target}: a 405 without Allow`);
        return status;
      });
      report(`${server.name} methods`, statuses);
      // The server is still serving after all of them.
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    });

    test("made-up X-Forwarded-For hops and a forged address header do not get past the sign-in limit", async () => {
      const seed = SEED + 3;
      test.info().annotations.push({ type: "seed", description: `FUZZ_SEED=${SEED}` });
      // These servers trust 127.0.0.1 (the tests are their proxy), so the hop the "proxy" adds is
      // the client's address; whatever the client writes in front of it must not count.
      const realHop = fakeAddress();
      const madeUp = fc.array(
        fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom("127.0.0.1", "unknown", "::1", "10.0.0.1:443", "[2001:db8::1]:80"), headerText),
        { minLength: 1, maxLength: 4 },
      );
      const forged = fc.option(fc.oneof(fc.ipV4(), fc.ipV6()), { nil: undefined });
      const cases = fc.sample(fc.tuple(madeUp, forged), { numRuns: 12, seed });
      const email = uniqueEmail("limit");
      const statuses: number[] = [];
      for (const [hops, address] of cases) {
        const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: server.url,
            "x-forwarded-for": [...hops, realHop].join(", "),
            ...(address ? { "x-coderfit-client-address": address } : {}),
          },
          body: JSON.stringify({ email, password: "not the password at all" }),
        });
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      report(`${server.name} forwarded hops on sign-in`, statuses);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    });

    test("hostile next= targets on sign-in and sign-up only ever lead to the workspace on this site", async () => {
      const seed = SEED + 4;
      test.info().annotations.push({ type: "seed", description: `FUZZ_SEED=${SEED}` });
      const counsellor = await signedInCounsellor(server.url, "Redirect Counsellor");
      const cookie = (await counsellor.api.storageState()).cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
      const site = new URL(server.url);
      const start = fc.constantFrom("", "/", "//", "///", "/\\", "\\\\", "\\/", "/counsellor/", "/counsellor/../", "/counsellor/../../", "/counsellor/..%2F..%2F/", "%2F%2F", "/%2F", "/%5C", "/\t/", "/%09/", " /", "http:", "https:", "http://", "https://", "javascript:", "JaVaScRiPt:", "data:", "vbscript:", "//@", "/@", "/.", "/..", "/./");
      const host = fc.constantFrom("evil.example", "127.0.0.1:3109", `${site.host}.evil.example`, `evil.example@${site.host}`, `${site.host}@evil.example`, "[::1]", "0x7f.1", "%65vil.example", "alert(1)");
      const rest = fc.constantFrom("", "/pwned", "/counsellor", "?next=//evil.example", "#/counsellor", "/%2e%2e/");
      const raw = fc.oneof(fc.tuple(start, host, rest).map(([a, b, c]) => `${a}${b}${c}`), headerText);
      const encode = fc.constantFrom(0, 1, 2);
      const cases = fc.sample(fc.tuple(fc.constantFrom("sign-in", "sign-up"), raw, encode), { numRuns: Math.min(server.runs, 200), seed });
      const statuses = await pool(cases, async ([page, value, times]) => {
        // The page reads `next` once decoded; encoding it again first tests a double-decoding helper.
        let next = value;
        for (let i = 0; i < times; i++) next = encodeURIComponent(next);
        const query = encodeURIComponent(next);
        const response = await fetch(`${server.url}/counsellor/${page}?next=${query}`, { headers: { cookie, "x-forwarded-for": fakeAddress() }, redirect: "manual" });
        await response.arrayBuffer();
        const location = response.headers.get("location");
        const what = `/counsellor/${page}?next=${query} answered ${response.status} to ${location}`;
        if (response.status >= 500 || !location) throw new Error(what);
        const target = new URL(location, server.url);
        if (target.origin !== site.origin || !/^\/counsellor(\/|$|\?|#)/.test(target.pathname) || location.startsWith("//") || location.includes("\\")) {
          throw new Error(`${what}: not a workspace page on this site`);
        }
        return response.status;
      });
      report(`${server.name} sign-in redirects`, statuses);
      await counsellor.api.dispose();
    });
  });
}
