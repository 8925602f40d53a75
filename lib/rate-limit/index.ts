import "server-only";
import { ApiError } from "@/lib/errors";
import { getDb, type Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientAddress } from "./client-address";
import { ruleFor, type RateLimitBucket } from "./limits";
import { countRequest, pruneRequestLimits } from "./service";

export type { RateLimitBucket } from "./limits";

/** Expired counters are deleted at most this often per instance, after a request, off its path. */
const PRUNE_EVERY_MS = 60_000;
let lastPrunedAt = 0;

function pruneNowAndThen(db: Db, now: number): void {
  if (now - lastPrunedAt < PRUNE_EVERY_MS) return;
  lastPrunedAt = now;
  pruneRequestLimits(db, now).catch((error: unknown) => {
    console.error(`[rate-limit] pruning expired counters failed: ${(error as Error)?.name ?? "error"}`);
  });
}

function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

/**
 * Counts this request against its bucket for the client's address and throws a 429 (with
 * Retry-After in seconds) past the limit. Call it first in a route handler, inside withApi, so a
 * flood is refused before its body is read or anything is stored.
 */
export async function enforceRateLimit(request: Request, bucket: RateLimitBucket): Promise<void> {
  const db = getDb();
  const now = Date.now();
  const decision = await countRequest(db, { bucket, address: clientAddress(request.headers), rule: ruleFor(bucket, getEnv()), now });
  pruneNowAndThen(db, now);
  if (decision.allowed) return;
  throw new ApiError(
    429,
    `Too many requests from your network in a short time. Please try again in ${waitInWords(decision.retryAfterSeconds)}.`,
    [],
    { "Retry-After": String(decision.retryAfterSeconds) },
  );
}
