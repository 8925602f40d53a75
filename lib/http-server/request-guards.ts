import type { IncomingHttpHeaders } from "node:http";
// Next.js's own check, so ours can never drift from it: it throws on anything it would not accept.
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";

/**
 * Requests the HTTP server refuses before Next.js sees them, because Next.js would answer them
 * with a 500 (or, for methods, render a page for any of them).
 */

/** Every method a route of the app answers. TRACE, CONNECT, WebDAV's and the rest get 405. */
export const ALLOWED_METHODS: readonly string[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

export function isAllowedMethod(method: string | undefined): boolean {
  return method !== undefined && ALLOWED_METHODS.includes(method);
}

/**
 * The router state Next.js's client sends with a navigation (`Next-Router-State-Tree`): a
 * URI-encoded JSON tuple of segments. Next.js validates it while rendering a page and throws
 * (a 500, with a stack trace in the log) when it is malformed. Browsers only ever send a valid one,
 * so a malformed one is a bad request. Also refused without `RSC: 1`, where Next.js ignores it.
 */
export function hasMalformedRouterState(headers: IncomingHttpHeaders): boolean {
  const state = headers["next-router-state-tree"];
  if (state === undefined) return false;
  try {
    parseAndValidateFlightRouterState(state);
    return false;
  } catch {
    return true;
  }
}
