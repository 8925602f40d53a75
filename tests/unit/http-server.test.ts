/**
 * The HTTP server around Next.js (lib/http-server), with a stand-in for Next.js's handler that
 * echoes what it received. tests/e2e/http-server.api.spec.ts checks the same on the built app.
 */
import { request as httpRequest, type IncomingMessage, type Server } from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppServer, type AppServerOptions } from "@/lib/http-server/create-server";
import { parseEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/forwarded";
import { fixedSecurityHeaders } from "@/lib/security/headers";

const env = parseEnv({});
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  vi.restoreAllMocks();
});

/** A server whose "Next.js" answers 200 with the client address it was given. */
async function start(options: Partial<AppServerOptions> = {}): Promise<{ server: Server; port: number; handled: IncomingMessage[] }> {
  const handled: IncomingMessage[] = [];
  const server = createAppServer({
    handle: (request, response) => {
      handled.push(request);
      response.end(String(request.headers[CLIENT_ADDRESS_HEADER] ?? "none"));
    },
    trustedProxies: env.TRUSTED_PROXIES,
    headersTimeoutSeconds: env.HTTP_HEADERS_TIMEOUT_SECONDS,
    requestTimeoutSeconds: env.HTTP_REQUEST_TIMEOUT_SECONDS,
    keepAliveTimeoutSeconds: env.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS,
    ...options,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port, handled };
}

function send(port: number, method: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, method, path: "/", headers: { connection: "close", ...headers } }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    let answer = "";
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(answer));
  });
}

describe("the HTTP server", () => {
  it("cuts off slow clients at 10 s for the headers and 30 s for the whole request by default", async () => {
    const { server } = await start();
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
    expect(server.keepAliveTimeout).toBe(5_000);
    const { server: capped } = await start({ headersTimeoutSeconds: 60, requestTimeoutSeconds: 20 });
    expect(capped.headersTimeout).toBe(20_000);
  });

  it("gives Next.js the connection's address, whatever the client claims, unless the connection is a trusted proxy", async () => {
    const { port } = await start();
    const forged = { "x-forwarded-for": "198.51.100.1", [CLIENT_ADDRESS_HEADER]: "198.51.100.2" };
    expect((await send(port, "GET", forged)).body).toBe("127.0.0.1");

    const { port: behindProxy } = await start({ trustedProxies: parseEnv({ TRUSTED_PROXIES: "127.0.0.1" }).TRUSTED_PROXIES });
    expect((await send(behindProxy, "GET", forged)).body).toBe("198.51.100.1");
    expect((await send(behindProxy, "GET", { "x-forwarded-for": "1.1.1.1, 198.51.100.3" })).body).toBe("198.51.100.3");
    expect((await send(behindProxy, "GET")).body).toBe("127.0.0.1");
  });

  it("answers TRACE and unused methods with 405, Allow and the security headers, without Next.js", async () => {
    const { port, handled } = await start();
    for (const method of ["TRACE", "PROPFIND", "MKCOL"]) {
      const response = await send(port, method);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
      for (const { key, value } of fixedSecurityHeaders) expect(response.headers[key.toLowerCase()]).toBe(value);
      expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(response.headers["strict-transport-security"]).toBeUndefined();
      expect(JSON.parse(response.body)).toEqual({ error: `This address does not accept ${method} requests.`, issues: [] });
    }
    expect((await send(port, "TRACE", { "x-forwarded-proto": "https" })).headers["strict-transport-security"]).toMatch(/^max-age=/);
    expect(handled).toEqual([]);
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) expect((await send(port, method)).status).toBe(200);
  });

  it("answers a malformed Next-Router-State-Tree with 400, and passes a valid one on", async () => {
    const { port, handled } = await start();
    for (const state of ["x", "%5B", "%5B%5D", "%7B%7D", encodeURIComponent('["",{},1]'), encodeURIComponent(JSON.stringify(["", "not an object"]))]) {
      const response = await send(port, "GET", { rsc: "1", "next-router-state-tree": state });
      expect(response.status, state).toBe(400);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect(handled).toEqual([]);
    const valid = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null]));
    expect((await send(port, "GET", { rsc: "1", "next-router-state-tree": valid })).status).toBe(200);
  });

  it("answers unreadable requests with 400 (405 for an unknown method) and closes, logging nothing", async () => {
    const logged = [vi.spyOn(console, "error"), vi.spyOn(console, "warn"), vi.spyOn(console, "log")];
    const { port } = await start();
    expect(await raw(port, "\u0000\u0001 not http\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*X-Frame-Options: DENY\r\n/);
    expect(await raw(port, "TRACK / HTTP/1.1\r\nHost: x\r\n\r\n")).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n[\s\S]*Allow: GET, HEAD/);
    expect(await raw(port, "CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n")).toMatch(/^HTTP\/1\.1 405 /);
    const afterTrace = await raw(port, "TRACE / HTTP/1.1\r\nHost: x\r\n\r\nX");
    expect(afterTrace).toMatch(/^HTTP\/1\.1 405 /);
    expect(afterTrace).not.toContain(" 500 ");
    expect((await send(port, "GET")).status).toBe(200);
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it("answers 500 with one log line if the handler itself fails", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { port } = await start({ handle: () => Promise.reject(new TypeError("boom")) });
    const response = await send(port, "GET");
    expect(response.status).toBe(500);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith("[server] request failed: TypeError");
  });
});
