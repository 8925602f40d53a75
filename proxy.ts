import { NextResponse, type NextRequest } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { malformedPathResponse } from "@/lib/api/malformed-path";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy, createNonce, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";
import { routing } from "@/lib/i18n/routing";
import { FOREIGN_ORIGIN_MESSAGE, isAllowedOrigin } from "@/lib/security/origin";

const localeRouting = createIntlMiddleware(routing);

/**
 * Addresses that are not pages, so carry no language: the API, the service worker, and files
 * (a dot in the last segment: icon.svg, manifest.webmanifest). Every other address is a page
 * and goes through next-intl's routing.
 */
function isPageAddress(pathname: string): boolean {
  return !/^\/(api|serwist|_next)(\/|$)/.test(pathname) && !/\.[^/]+$/.test(pathname);
}

/**
 * Runs before every request except built static files. Refuses garbled paths and server-action
 * calls with a 400; gives a page address its language (next-intl: /hi/… is Hindi, an address
 * without a language is rewritten to the remembered or browser's one, English unprefixed); then
 * gives the response a Content-Security-Policy with a fresh nonce, and HSTS over HTTPS.
 * The policy also goes on the request, where Next.js reads the nonce and puts it on its own
 * scripts (which is why every page renders per request: see app/layout.tsx).
 */
export function proxy(request: NextRequest): Response {
  // A path whose %-escapes do not decode would make Next.js answer a plain-text 500 while matching
  // a dynamic route: a 400 instead (lib/api/malformed-path.ts).
  const malformed = request.nextUrl.pathname.includes("%") ? malformedPathResponse(request.nextUrl.pathname) : null;
  if (malformed) return malformed;

  // Coder Fit has no server actions: writes go through the JSON API, which validates every body.
  // A request that calls one anyway (a forged or stale action id, a hand-made body) would reach
  // Next.js's action handling, which answered malformed payloads with a 500; it gets a 400 here.
  if (request.headers.has("next-action")) {
    return Response.json(
      { error: "This address does not take form actions. Reload the page and try again.", issues: [] },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }

  // A state-changing API call from another site's page (a forged form or fetch) is refused
  // before any handler runs; same-origin pages and Origin-less clients such as curl go on.
  if (
    request.nextUrl.pathname.startsWith("/api/") &&
    !isAllowedOrigin({
      method: request.method,
      origin: request.headers.get("origin"),
      host: request.headers.get("host"),
      publicUrl: getEnv().BETTER_AUTH_URL,
    })
  ) {
    return Response.json({ error: FOREIGN_ORIGIN_MESSAGE, issues: [] }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }

  const nonce = createNonce();
  const https = servedOverHttps(request.url, request.headers, getEnv().BETTER_AUTH_URL);
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https });

  // Set, never appended: a client's own x-nonce or policy header is replaced. Set on the request
  // itself, because next-intl copies the request's headers onto its rewrite (a copy of the request
  // would not do: its rewrite address is then taken for another site's and proxied).
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", policy);

  const response = isPageAddress(request.nextUrl.pathname)
    ? localeRouting(request)
    : NextResponse.next({ request: { headers: request.headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Built files under _next/static carry no markup to protect; next.config.ts still gives them the fixed headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
