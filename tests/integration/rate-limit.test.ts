/**
 * The request counters on a real SQLite file and a real PostgreSQL database: limits, windows,
 * pruning, and exact counts when many requests (and two app instances) count at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isDatabaseUnavailable, toErrorResponse } from "@/lib/api/route";
import { DatabaseUnavailableError } from "@/lib/db-outage";
import { createDb } from "@/lib/db";
import { SHARED_ADDRESS, clientAddress } from "@/lib/rate-limit/client-address";
import { APP_SERVER_MARK, CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/forwarded";
import { ruleFor, type RateLimitRule } from "@/lib/rate-limit/limits";
import { countRequest, pruneRequestLimits, requestLimitKey } from "@/lib/rate-limit/service";
import { parseEnv } from "@/lib/env";
import { providers, useMigratedDatabase } from "../support/databases";

const rule: RateLimitRule = { max: 3, windowSeconds: 600 };
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
let next = 0;
/** A fresh address per test, so tests on one database do not share counters. */
const address = () => `192.0.2.${++next}`;

describe.each(providers.filter((p) => p.enabled))("request limits on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);

  it("allows max requests in a window, then refuses with the seconds left", async () => {
    const who = address();
    const decisions = [];
    for (let i = 0; i < 5; i++) {
      decisions.push(await countRequest(state.handle.db, { bucket: "submissions", address: who, rule, now: T0 + i * 1000 }));
    }
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
    expect(decisions.map((d) => d.count)).toEqual([1, 2, 3, 4, 5]);
    // The window started with the first request: 600 s from T0, seen 4 s later.
    expect(decisions[4]!.retryAfterSeconds).toBe(596);
  });

  it("counts each address and each bucket on its own", async () => {
    const who = address();
    for (let i = 0; i < 4; i++) await countRequest(state.handle.db, { bucket: "submissions", address: who, rule, now: T0 });
    expect((await countRequest(state.handle.db, { bucket: "submissions", address: address(), rule, now: T0 })).count).toBe(1);
    expect((await countRequest(state.handle.db, { bucket: "invite-lookups", address: who, rule, now: T0 })).count).toBe(1);
    expect((await countRequest(state.handle.db, { bucket: "shares", address: who, rule, now: T0 })).allowed).toBe(true);
  });

  it("starts a new window once the old one has passed", async () => {
    const who = address();
    for (let i = 0; i < 4; i++) await countRequest(state.handle.db, { bucket: "shares", address: who, rule, now: T0 });
    const justBefore = await countRequest(state.handle.db, { bucket: "shares", address: who, rule, now: T0 + 599_999 });
    expect(justBefore).toMatchObject({ allowed: false, count: 5, retryAfterSeconds: 1 });
    const after = await countRequest(state.handle.db, { bucket: "shares", address: who, rule, now: T0 + 600_000 });
    expect(after).toEqual({ allowed: true, count: 1, retryAfterSeconds: 600 });
  });

  it("counts every one of many parallel requests exactly once, from two app instances", async () => {
    // A second client on the same database stands for a second app instance.
    const other = createDb(state.database.url);
    try {
      const who = address();
      const many: RateLimitRule = { max: 150, windowSeconds: 600 };
      const decisions = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          countRequest(i % 2 ? other.db : state.handle.db, { bucket: "submissions", address: who, rule: many, now: T0 + 1 }),
        ),
      );
      const counts = decisions.map((d) => d.count).sort((a, b) => a - b);
      expect(counts).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(150);
      const row = await state.handle.db.requestLimit.findUnique({ where: { key: requestLimitKey("submissions", who) } });
      expect(row?.count).toBe(200);
    } finally {
      await other.db.$disconnect();
    }
  });

  it("prunes only the counters whose window has passed, and never stores the address", async () => {
    const old = address();
    const current = address();
    await countRequest(state.handle.db, { bucket: "invite-lookups", address: old, rule, now: T0 - 700_000 });
    await countRequest(state.handle.db, { bucket: "invite-lookups", address: current, rule, now: T0 });
    await pruneRequestLimits(state.handle.db, T0 + 1);
    const keys = (await state.handle.db.requestLimit.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys).not.toContain(requestLimitKey("invite-lookups", old));
    expect(keys).toContain(requestLimitKey("invite-lookups", current));
    expect(keys.join(" ")).not.toContain("192.0.2.");
  });
});

describe("request limits when the database cannot be reached", () => {
  it("fail as an outage (503 with Retry-After), like every other query, not as a fault of ours", async () => {
    const handle = createDb("postgresql://nobody@127.0.0.1:1/unreachable");
    try {
      const error = await countRequest(handle.db, { bucket: "submissions", address: address(), rule }).catch((caught: unknown) => caught);
      // Inside raw SQL Prisma calls every driver failure P2010; the adapter's kind is what tells an outage.
      const cause = (error as Error).cause;
      expect(cause).toMatchObject({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } });
      expect(isDatabaseUnavailable(cause)).toBe(true);
      // The data layer rethrows it as the outage error (lib/db-outage.ts).
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      const response = toErrorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
    } finally {
      await handle.db.$disconnect();
    }
  });
});

describe("the client address a limit counts against", () => {
  const from = (value?: string, forwardedFor?: string) =>
    clientAddress(new Headers({ ...(value === undefined ? {} : { [CLIENT_ADDRESS_HEADER]: value }), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) }));
  // As in the process scripts/serve.ts runs.
  beforeEach(() => vi.stubEnv(APP_SERVER_MARK, "1"));
  afterEach(() => vi.unstubAllEnvs());

  it("is the address the HTTP server put on the request, never X-Forwarded-For", () => {
    expect(from("203.0.113.7")).toBe("203.0.113.7");
    expect(from(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(from("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(from("203.0.113.7", "198.51.100.1")).toBe("203.0.113.7");
    expect(from(undefined, "198.51.100.1")).toBe(SHARED_ADDRESS);
  });

  it("counts an IPv6 client by its /64, however it writes the address", () => {
    expect(from("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(from("2001:DB8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(from("2001:0db8:0001:0002::ffff")).toBe("2001:db8:1:2::/64");
    expect(from("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });

  it("falls back to one shared bucket without a readable address (as under next dev)", () => {
    expect(from()).toBe(SHARED_ADDRESS);
    expect(from("")).toBe(SHARED_ADDRESS);
    expect(from("unknown")).toBe(SHARED_ADDRESS);
    expect(from("999.1.1.1")).toBe(SHARED_ADDRESS);
    expect(from("203.0.113.7, 198.51.100.1")).toBe(SHARED_ADDRESS);
    expect(from("x".repeat(5000))).toBe(SHARED_ADDRESS);
  });

  it("is not read at all without our HTTP server (a plain next start), where a client could send it", () => {
    vi.stubEnv(APP_SERVER_MARK, undefined);
    expect(from("203.0.113.7")).toBe(SHARED_ADDRESS);
  });
});

describe("the limits", () => {
  it("let a class of 60 behind one address submit five times each within one window by default", () => {
    const env = parseEnv({});
    for (const bucket of ["submissions", "shares", "invite-lookups"] as const) {
      expect(ruleFor(bucket, env).max).toBeGreaterThanOrEqual(60 * 5);
      expect(ruleFor(bucket, env).windowSeconds).toBe(600);
    }
    expect(ruleFor("shares", parseEnv({ RATE_LIMIT_SHARES: "40", RATE_LIMIT_WINDOW_SECONDS: "60" }))).toEqual({ max: 40, windowSeconds: 60 });
  });
});
