/**
 * How a database outage is told apart from a bug once it reaches an error page. Next.js keeps an
 * error's own `digest` when it sends a server error to the browser (the message and stack are
 * hidden in production), so the error pages read this one fixed value. Pure: the error pages are
 * client components, and lib/db-outage.ts (server only) throws the error that carries it.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** Seconds a client is asked to wait (`Retry-After`) before trying again during an outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** True for the error a page or layout threw because the database could not be reached. */
export function isDatabaseOutageDigest(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === DATABASE_UNAVAILABLE_DIGEST;
}

/** The server-side reference of a rendering error, safe to show; never its message or stack. */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  const { digest } = error as { digest?: unknown };
  return typeof digest === "string" && digest.length > 0 ? digest : undefined;
}
