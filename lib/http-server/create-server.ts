import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, type AddressRange } from "@/lib/rate-limit/forwarded";
import { ALLOW_HEADER, hasMalformedRouterState, isAllowedMethod } from "./request-guards";
import { rawRefusal, refuse } from "./responses";

/**
 * The plain node:http server in front of Next.js's request handler (scripts/serve.ts runs it).
 * Before a request reaches Next.js it:
 * - refuses methods the app does not serve (405) and malformed navigation headers (400);
 * - works out the client address (lib/rate-limit/forwarded.ts) and puts it on the request as
 *   CLIENT_ADDRESS_HEADER, replacing anything the client sent, for the request limits;
 * and for the connection as a whole it answers unparseable requests with 400 and a close, and cuts
 * off clients that send their headers or body too slowly.
 */

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface AppServerOptions {
  handle: RequestHandler;
  trustedProxies: readonly AddressRange[];
  headersTimeoutSeconds: number;
  requestTimeoutSeconds: number;
  keepAliveTimeoutSeconds: number;
  /** BETTER_AUTH_URL: whether the server's own answers carry HSTS. */
  publicUrl?: string;
}

/** How often Node checks the time-outs above; its default (30 s) would let a 10 s limit run to 40 s. */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** A request line whose method is a well-formed token Node's parser does not know (TRACK, FOO). */
const UNKNOWN_METHOD_LINE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+ \S+ HTTP\/\d\.\d\r?\n/;

/** Node's parser errors and what each one is answered with. */
function statusForClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): number {
  if (error.code === "HPE_INVALID_METHOD" && UNKNOWN_METHOD_LINE.test(error.rawPacket?.toString("latin1") ?? "")) return 405;
  if (error.code === "HPE_HEADER_OVERFLOW") return 431;
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  return 400;
}

const CLIENT_ERROR_MESSAGES: Record<number, string> = {
  400: "The request could not be read.",
  405: "This address does not accept that method.",
  408: "The request took too long to arrive.",
  431: "The request's headers are too large.",
};

export function createAppServer(options: AppServerOptions): Server {
  const { handle, trustedProxies, publicUrl } = options;
  const requestTimeout = options.requestTimeoutSeconds * 1000;
  const server = createServer(
    {
      // Node requires the headers' limit to be within the whole request's.
      headersTimeout: Math.min(options.headersTimeoutSeconds * 1000, requestTimeout),
      requestTimeout,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
    (request, response) => {
      if (!isAllowedMethod(request.method)) {
        refuse(request, response, 405, `This address does not accept ${request.method} requests.`, publicUrl, { Allow: ALLOW_HEADER });
        return;
      }
      if (hasMalformedRouterState(request.headers)) {
        refuse(request, response, 400, "This page could not be loaded as asked. Reload the page and try again.", publicUrl);
        return;
      }
      const forwarded = request.headers["x-forwarded-for"];
      const forwardedFor = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
      const address = resolveClientAddress({ peer: request.socket.remoteAddress, forwardedFor, trustedProxies });
      delete request.headers[CLIENT_ADDRESS_HEADER];
      if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;

      Promise.resolve(handle(request, response)).catch((error: unknown) => {
        console.error(`[server] request failed: ${error instanceof Error ? error.name : "error"}`);
        if (!response.headersSent) refuse(request, response, 500, "Something went wrong on our side. Please try again.", publicUrl);
        else response.destroy();
      });
    },
  );
  server.keepAliveTimeout = options.keepAliveTimeoutSeconds * 1000;

  // Unparseable requests (a stray byte after a request, an unknown method, headers too large),
  // and requests too slow to arrive: one short answer when nothing has been sent on the connection
  // yet, then it is closed. Nothing is logged: these are the client's problem, not the server's.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    // An answer already on its way (a 405 to a TRACE, then a stray byte in the same packet) goes
    // out in full, and nothing after it.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (inFlight?.headersSent) {
      socket.end(() => socket.destroy());
      return;
    }
    const status = statusForClientError(error);
    const extra = status === 405 ? { Allow: ALLOW_HEADER } : {};
    socket.end(rawRefusal(status, CLIENT_ERROR_MESSAGES[status]!, publicUrl, extra), () => socket.destroy());
  });

  // CONNECT never reaches the request handler: Node hands over the raw connection instead.
  server.on("connect", (_request: IncomingMessage, socket: Duplex) => {
    socket.on("error", () => socket.destroy());
    socket.end(rawRefusal(405, CLIENT_ERROR_MESSAGES[405]!, publicUrl, { Allow: ALLOW_HEADER }), () => socket.destroy());
  });

  return server;
}
