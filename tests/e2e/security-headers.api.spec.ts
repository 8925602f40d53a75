/**
 * Security headers on every kind of response of the built app: a page, an API answer, a 404 page,
 * JSON 4xx answers, a 503 while the database is down, and a static file. docs/security.md explains them.
 */
import { expect, test, type APIResponse } from "@playwright/test";
import { downURL } from "./support/servers";

const FIXED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

function expectFixedHeaders(response: APIResponse): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(FIXED)) expect(headers[name], `${name} on ${response.url()}`).toBe(value);
  expect(headers["permissions-policy"]).toMatch(/(^|, )camera=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/(^|, )geolocation=\(\)/);
  expect(headers["x-powered-by"]).toBeUndefined();
}

/** The policy's nonce, after checking the rest of the policy. */
function expectPolicy(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"];
  expect(policy, `CSP on ${response.url()}`).toBeTruthy();
  const directives = new Map(policy!.split(/;\s*/).map((part) => [part.split(" ")[0]!, part]));
  expect(policy).not.toContain("unsafe-eval");
  expect(directives.get("frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(directives.get("object-src")).toBe("object-src 'none'");
  expect(directives.get("default-src")).toBe("default-src 'self'");
  const scripts = directives.get("script-src")!;
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scripts)?.[1];
  expect(nonce, "a nonce in script-src").toBeTruthy();
  expect(Buffer.from(nonce!, "base64").length).toBeGreaterThanOrEqual(16);
  return nonce!;
}

function expectNoHsts(response: APIResponse): void {
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  expect(response.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
}

test("a page: the fixed headers, and a fresh nonce that Next.js puts on every script", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  expect(first.status()).toBe(200);
  expectFixedHeaders(first);
  expectNoHsts(first);
  const nonce = expectPolicy(first);
  expect(expectPolicy(second)).not.toBe(nonce);

  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("a nonce or policy sent by the client is replaced, not used", async ({ request }) => {
  const forged = "Zm9yZ2VkLW5vbmNlLXZhbHVl";
  const response = await request.get("/join", {
    headers: { "x-nonce": forged, "content-security-policy": `script-src 'nonce-${forged}'` },
  });
  expect(expectPolicy(response)).not.toBe(forged);
  expect(await response.text()).not.toContain(forged);
});

test("API answers, a 404 page, JSON 4xx answers and static files carry the headers", async ({ request }) => {
  const api = await request.get("/api/v1/questionnaire");
  expect(api.status()).toBe(200);
  const missingPage = await request.get("/no-such-page");
  expect(missingPage.status()).toBe(404);
  const missingResult = await request.get("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAA");
  expect(missingResult.status()).toBe(404);
  const badJson = await request.post("/api/v1/assessments", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(badJson.status()).toBe(400);
  const invalid = await request.post("/api/v1/assessments", { data: { answers: { nope: 1 } } });
  expect(invalid.status()).toBe(422);

  for (const response of [api, missingPage, missingResult, badJson, invalid]) {
    expectFixedHeaders(response);
    expectPolicy(response);
    expectNoHsts(response);
  }
  expect(missingResult.headers()["content-type"]).toContain("application/json");

  // Built files skip the proxy (no markup to protect) but get the fixed headers from next.config.ts.
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get("/")).text())?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expectFixedHeaders(asset);
});

test("a 503 while the database is down carries the headers", async ({ playwright }) => {
  const down = await playwright.request.newContext({ baseURL: downURL });
  const health = await down.get("/api/health");
  expect(health.status()).toBe(503);
  expectFixedHeaders(health);
  expectPolicy(health);
  await down.dispose();
});

test("HSTS only when the request came over HTTPS", async ({ request }) => {
  for (const path of ["/", "/api/v1/questionnaire"]) {
    const plain = await request.get(path);
    expectNoHsts(plain);
    const proxied = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(proxied.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(proxied.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
    const plainProxied = await request.get(path, { headers: { "x-forwarded-proto": "http" } });
    expectNoHsts(plainProxied);
  }
});
