import { toNextJsHandler } from "better-auth/next-js";
import { databaseUnavailableResponse, isDatabaseUnavailable, toErrorResponse } from "@/lib/api/route";
import { getAuth } from "@/lib/auth/server";
import { trackDatabaseOutage } from "@/lib/db-outage";

// Better Auth's own endpoints (sign-up, sign-in, sign-out, session), under /api/auth.
export const dynamic = "force-dynamic";

/**
 * Better Auth answers a rate-limited request with 429 and `X-Retry-After`; the standard header
 * is `Retry-After`, which clients and proxies understand, so it is added alongside.
 */
async function withRetryAfter(response: Response): Promise<Response> {
  const wait = response.headers.get("x-retry-after");
  if (response.status !== 429 || !wait || response.headers.has("retry-after")) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", wait);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * A database outage gets the API's 503 with `Retry-After` (lib/api/route.ts), not Better Auth's
 * 500. It shows up two ways: thrown (its rate limiter, which runs before any endpoint), or as a
 * 500 answer Better Auth made from our DatabaseUnavailableError inside an endpoint.
 */
async function answer(handle: (request: Request) => Promise<Response>, request: Request): Promise<Response> {
  try {
    const { result, databaseUnavailable } = await trackDatabaseOutage(() => handle(request));
    if (databaseUnavailable && result.status >= 500) {
      console.error("[api] database unavailable: DatabaseUnavailableError in Better Auth");
      return databaseUnavailableResponse();
    }
    return withRetryAfter(result);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return toErrorResponse(error);
  }
}

export const GET = (request: Request) => answer(toNextJsHandler(getAuth()).GET, request);
export const POST = (request: Request) => answer(toNextJsHandler(getAuth()).POST, request);
