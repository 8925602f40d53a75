/**
 * The request limits as shipped (lib/rate-limit/limits.ts defaults) in the built app: one client
 * address gets its 300 submissions, code shares and code look-ups in ten minutes, then a plain
 * 429 with Retry-After; another address is not affected. Each test uses its own made-up address
 * (X-Forwarded-For), so it never spends the limit of the other tests' requests: this server trusts
 * 127.0.0.1 as a proxy (TRUSTED_PROXIES in playwright.config.ts), as the test client is its proxy.
 * Without that setting the header is ignored: tests/e2e/http-server.api.spec.ts.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { fakeAddress } from "./support/counsellor";

const DEFAULT_LIMIT = 300;
const WINDOW_SECONDS = 600;
/** Requests in flight at once while spending a limit. */
const BATCH = 25;

const contexts: APIRequestContext[] = [];
async function client(address = fakeAddress()): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  contexts.push(context);
  return context;
}
test.afterAll(async () => {
  // Contexts made inside a test are closed with it; those from hooks are closed here.
  await Promise.all(contexts.map((context) => context.dispose().catch(() => undefined)));
});

/** Sends `count` requests, BATCH at a time, and returns how many got each status. */
async function spend(count: number, send: () => Promise<APIResponse>): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  for (let sent = 0; sent < count; sent += BATCH) {
    const batch = await Promise.all(Array.from({ length: Math.min(BATCH, count - sent) }, send));
    for (const response of batch) statuses[response.status()] = (statuses[response.status()] ?? 0) + 1;
  }
  return statuses;
}

async function expectLimited(response: APIResponse): Promise<void> {
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 120);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({ error: expect.stringMatching(/^Too many requests from your network/), issues: [] });
}

const cases = [
  // Junk bodies are counted like any other request, and keep the test from storing 300 results.
  { name: "POST /api/v1/assessments", send: (api: APIRequestContext) => api.post("/api/v1/assessments", { data: { answers: {} } }), status: 422 },
  {
    name: "POST /api/v1/assessments/:id/shares",
    send: (api: APIRequestContext) =>
      api.post("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAA/shares", { data: { code: "ABCD-EFGH", displayName: "A", consent: true } }),
    status: 404,
  },
  { name: "GET /api/v1/invites", send: (api: APIRequestContext) => api.get("/api/v1/invites?code=ABCD-EFGH"), status: 404 },
];

for (const { name, send, status } of cases) {
  test(`${name}: ${DEFAULT_LIMIT} requests per address in ten minutes, then 429 with Retry-After`, async () => {
    const api = await client();
    expect(await spend(DEFAULT_LIMIT, () => send(api))).toEqual({ [status]: DEFAULT_LIMIT });
    await expectLimited(await send(api));
    expect((await send(await client())).status()).toBe(status);
  });
}

test("behind a trusted proxy each forwarded address has its own sign-in limit, and one the client prepends changes nothing", async () => {
  const [limited, other] = [fakeAddress(), fakeAddress()];
  const signIn = async (forwardedFor: string) => {
    const api = await client(forwardedFor);
    return (await api.post("/api/auth/sign-in/email", { data: { email: "nobody.limited@example.org", password: "wrong password 123" }, headers: { origin: baseURL } })).status();
  };
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt++) statuses.push(await signIn(limited));
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  // The proxy appends the address it saw: the right-most untrusted hop is the client.
  expect(await signIn(`${other}, ${limited}`)).toBe(429);
  expect(await signIn(other)).toBe(401);
});
