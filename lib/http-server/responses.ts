import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { STATUS_CODES } from "node:http";
import {
  contentSecurityPolicy,
  createNonce,
  fixedSecurityHeaders,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security/headers";

/**
 * The answers the HTTP server gives itself (refused methods, malformed requests), with the same
 * security headers next.config.ts and proxy.ts give every response of the app.
 */

export interface RefusalContext {
  /** The proxy's X-Forwarded-Proto, when there is a request to read it from. */
  forwardedProto?: string;
  /** BETTER_AUTH_URL: an https public address means HSTS. */
  publicUrl: string | undefined;
}

export function securityHeaders({ forwardedProto, publicUrl }: RefusalContext): Record<string, string> {
  const https = servedOverHttps("http://localhost/", new Headers(forwardedProto ? { "x-forwarded-proto": forwardedProto } : {}), publicUrl);
  const headers: Record<string, string> = Object.fromEntries(fixedSecurityHeaders.map(({ key, value }) => [key, value]));
  headers["Content-Security-Policy"] = contentSecurityPolicy({ nonce: createNonce(), development: false, https });
  if (https) headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  return headers;
}

/** The app's JSON error shape (lib/api/route.ts), as bytes. */
function errorBody(message: string): Buffer {
  return Buffer.from(JSON.stringify({ error: message, issues: [] }));
}

function refusalHeaders(body: Buffer, context: RefusalContext, extra: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return {
    ...securityHeaders(context),
    "Content-Type": "application/json",
    "Content-Length": body.length,
    "Cache-Control": "no-store",
    ...extra,
  };
}

/** Answers a parsed request; the connection stays open for the next one unless `extra` says otherwise. */
export function refuse(request: IncomingMessage, response: ServerResponse, status: number, message: string, publicUrl: string | undefined, extra: OutgoingHttpHeaders = {}): void {
  const forwardedProto = request.headers["x-forwarded-proto"];
  const body = errorBody(message);
  response.writeHead(status, refusalHeaders(body, { forwardedProto: typeof forwardedProto === "string" ? forwardedProto : undefined, publicUrl }, extra));
  response.end(request.method === "HEAD" ? undefined : body);
}

/** A whole response as raw bytes, for a socket that has no parsed request (or no HTTP response object). */
export function rawRefusal(status: number, message: string, publicUrl: string | undefined, extra: OutgoingHttpHeaders = {}): Buffer {
  const body = errorBody(message);
  const headers = { ...refusalHeaders(body, { publicUrl }, extra), Connection: "close" };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${String(value)}`);
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join("\r\n")}\r\n\r\n`), body]);
}
