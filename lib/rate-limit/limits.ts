import type { Env } from "@/lib/env";

/**
 * Our request limits in one place. Each bucket counts one kind of request per client address
 * (lib/rate-limit/client-address.ts) over a window that starts with the address's first request.
 *
 * Why 300 in 10 minutes: a class of 60 behind one college address (one NAT) submitting within the
 * same few minutes is the busiest honest case; 300 gives each of them five tries (a retry on a
 * bad connection, a retake, a mistyped code) before anyone waits. A script is held to one request
 * every two seconds per address, against hundreds a second without a limit. For guessing invite
 * codes (8 characters from 31: 8.5 × 10^11 codes) that is about 43,000 guesses a day per address
 * and per route: with 10,000 cohorts, one hit in about two thousand days.
 * All five numbers can be changed through the environment (lib/env.ts); every instance sharing a
 * database should use the same values.
 *
 * Report PDFs ("downloads") have a bucket of their own because each one costs real CPU to draw
 * (about 0.1–0.5 s on one core): 120 in 10 minutes lets the same class download theirs twice, or
 * a counsellor fetch a whole cohort's, while one address cannot keep the server busy drawing.
 */
export const RATE_LIMIT_BUCKETS = ["submissions", "shares", "invite-lookups", "downloads"] as const;
export type RateLimitBucket = (typeof RATE_LIMIT_BUCKETS)[number];

export interface RateLimitRule {
  /** Requests allowed per address in one window. */
  max: number;
  windowSeconds: number;
}

type LimitSettings = Pick<
  Env,
  "RATE_LIMIT_WINDOW_SECONDS" | "RATE_LIMIT_SUBMISSIONS" | "RATE_LIMIT_SHARES" | "RATE_LIMIT_INVITE_LOOKUPS" | "RATE_LIMIT_DOWNLOADS"
>;

export function ruleFor(bucket: RateLimitBucket, env: LimitSettings): RateLimitRule {
  const max = {
    submissions: env.RATE_LIMIT_SUBMISSIONS,
    shares: env.RATE_LIMIT_SHARES,
    "invite-lookups": env.RATE_LIMIT_INVITE_LOOKUPS,
    downloads: env.RATE_LIMIT_DOWNLOADS,
  }[bucket];
  return { max, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS };
}
