import "server-only";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db-outage";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/db-outage-digest";
import { ApiError, notFound, type ApiErrorBody } from "@/lib/errors";
import { InvalidAnswersError, toAnswerIssues } from "@/lib/scoring";

// Route handlers take the error with the rest of the HTTP layer.
export { ApiError, isDatabaseUnavailable, notFound, type ApiErrorBody };

/**
 * One wrapper for every JSON route handler: it reads and parses the body with limits, runs the
 * handler, and maps every failure to a status code with a message a person understands.
 * Bad input is always a 4xx, a database outage a 503, and no stack trace ever leaves.
 */

export const MAX_BODY_BYTES = 64 * 1024;

const JSON_HEADERS = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...JSON_HEADERS, ...headers } });
}

function errorResponse(error: ApiError): Response {
  const body: ApiErrorBody = { error: error.message, issues: error.issues };
  return jsonResponse(body, error.status, error.headers);
}

/**
 * An absolute URL on this site as the client reached it (behind a proxy too), so links returned
 * by the API work from where the request came from.
 */
export function absoluteUrl(request: Request, pathname: string): string {
  const fallback = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? fallback.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? fallback.protocol.replace(":", "");
  const safeHost = /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(host) ? host : fallback.host;
  return `${protocol === "https" ? "https" : "http"}://${safeHost}${pathname}`;
}

/** Reads a JSON body: 415 for another content type, 413 past the size limit, 400 for bad JSON. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(415, "Send the request body as JSON, with the header Content-Type: application/json.");
  }
  const tooLarge = new ApiError(413, `The request body is too large: the limit is ${maxBytes / 1024} KB.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge;
  if (!request.body) throw new ApiError(400, "The request body is empty: send a JSON object.");

  // Read at most maxBytes even when the length was not declared or was declared falsely.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body (a closed tab, a dropped connection): nobody will read the
      // answer, and it is not a fault of ours to log as one.
      throw new ApiError(400, "The request body did not arrive in full. Please try again.");
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (!text.trim()) throw new ApiError(400, "The request body is empty: send a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "The request body is not valid JSON.");
  }
}

/**
 * The SQLSTATE of a value PostgreSQL refused as data (class 22: a NUL byte in text, a date out of
 * its range, a number too large), or null. Validation should have stopped such a value; this is
 * the backstop that keeps a gap in it a 4xx for the client, and visible in the log.
 */
function refusedValueCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta?.driverAdapterError?.cause;
  const code = cause?.originalCode;
  return typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code) ? code : null;
}

/** The 503 every JSON answer gives while the database is down or not answering in time. */
export function databaseUnavailableResponse(): Response {
  return errorResponse(
    new ApiError(503, "We could not reach the database. Nothing was lost: please try again in a moment.", [], {
      "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS),
    }),
  );
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error);
  if (error instanceof InvalidAnswersError) {
    return errorResponse(new ApiError(422, "Some answers are missing or not valid.", error.issues));
  }
  if (error instanceof ZodError) {
    return errorResponse(new ApiError(422, "The request is not valid.", toAnswerIssues(error)));
  }
  const refused = refusedValueCode(error);
  if (refused) {
    console.warn(`[api] the database refused a value that passed validation (SQLSTATE ${refused})`);
    return errorResponse(
      new ApiError(422, "Some of what was sent cannot be stored. Remove any hidden characters, check any dates, and try again."),
    );
  }
  if (isDatabaseUnavailable(error)) {
    // The driver's error class, not the wrappers': DatabaseUnavailableError, Better Auth's APIError.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    console.error(`[api] database unavailable: ${(cause as Error).name}`);
    return databaseUnavailableResponse();
  }
  // Log the kind of failure, never the request (it may hold personal answers).
  console.error(`[api] unexpected ${(error as Error)?.name ?? "error"}`, (error as Error)?.stack?.split("\n")[1]?.trim());
  return errorResponse(new ApiError(500, "Something went wrong on our side. Please try again."));
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler so that every error becomes a clear JSON answer with the right status. */
export function withApi<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
