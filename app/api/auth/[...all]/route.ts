import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/server";

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

export const GET = async (request: Request) => withRetryAfter(await toNextJsHandler(getAuth()).GET(request));
export const POST = async (request: Request) => withRetryAfter(await toNextJsHandler(getAuth()).POST(request));
