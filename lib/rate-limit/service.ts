import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { RateLimitBucket, RateLimitRule } from "./limits";

/**
 * The request counters, in the database (model RequestLimit) so every app instance shares them.
 * One statement counts a request: insert the row, or add one to it, or start a new window when
 * the old one has passed. INSERT … ON CONFLICT DO UPDATE is atomic on SQLite (one writer at a
 * time) and on PostgreSQL (the conflicting insert waits for the row lock and then updates), so
 * parallel requests from any number of instances each get their own count: none is lost or
 * counted twice. Prisma's `upsert` cannot say "reset when expired" in one statement, hence SQL,
 * written once in the dialect both databases accept.
 */

export interface LimitDecision {
  allowed: boolean;
  /** Requests this address has made in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (at least 1): the Retry-After of a refusal. */
  retryAfterSeconds: number;
}

export interface CountRequest {
  bucket: RateLimitBucket;
  address: string;
  rule: RateLimitRule;
  /** Milliseconds since 1970; tests pass their own clock. */
  now?: number;
}

/** The row key. The address is hashed so the table never holds it in plain text. */
export function requestLimitKey(bucket: RateLimitBucket, address: string): string {
  return `${bucket}:${createHash("sha256").update(address).digest("base64url").slice(0, 22)}`;
}

export async function countRequest(db: Db, { bucket, address, rule, now = Date.now() }: CountRequest): Promise<LimitDecision> {
  const key = requestLimitKey(bucket, address);
  const at = BigInt(now);
  const resetAt = at + BigInt(rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number | bigint; resetAt: number | bigint }[]>`
    INSERT INTO "RequestLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RequestLimit"."resetAt" <= ${at} THEN 1 ELSE "RequestLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RequestLimit"."resetAt" <= ${at} THEN excluded."resetAt" ELSE "RequestLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0]!;
  const count = Number(row.count);
  return {
    allowed: count <= rule.max,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((Number(row.resetAt) - now) / 1000)),
  };
}

/** Deletes the counters whose window has passed. Returns how many went. */
export async function pruneRequestLimits(db: Db, now = Date.now()): Promise<number> {
  const { count } = await db.requestLimit.deleteMany({ where: { resetAt: { lte: BigInt(now) } } });
  return count;
}
