/**
 * Two app servers (scripts/serve.ts) on one PostgreSQL database with one BETTER_AUTH_SECRET, as
 * behind a load balancer (playwright.config.ts starts them when TEST_POSTGRES_URL is set, trusting
 * the tests as their proxy): whatever one instance stores or counts, the other sees. Nothing lives
 * in a process but caches.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { apiAnswers, fakeAddress, signedInCounsellor, uniqueEmail } from "./support/counsellor";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const A = `http://127.0.0.1:${PORT + 3}`;
const B = `http://127.0.0.1:${PORT + 4}`;
/** The submission limit both instances were started with (playwright.config.ts). */
const SUBMISSION_LIMIT = 10;

test.skip(!process.env.TEST_POSTGRES_URL, "TEST_POSTGRES_URL is not set: the two-instance test needs PostgreSQL");

const contexts: APIRequestContext[] = [];
/** A client with no base address and one made-up client address (X-Forwarded-For), as a proxy would set it. */
async function client(address = fakeAddress(), headers: Record<string, string> = {}): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": address, ...headers } });
  contexts.push(context);
  return context;
}
test.afterAll(async () => {
  // Contexts made inside a test are closed with it; those from hooks are closed here.
  await Promise.all(contexts.map((context) => context.dispose().catch(() => undefined)));
});

test("both instances answer on the same PostgreSQL database", async () => {
  const api = await client();
  for (const url of [A, B]) {
    expect(await (await api.get(`${url}/api/health`)).json()).toEqual({ status: "ok", database: "postgresql" });
  }
});

test("a result submitted to A is readable on B, through the API and as a report page", async () => {
  const api = await client();
  const created = await api.post(`${A}/api/v1/assessments`, { data: { answers: apiAnswers(2) } });
  expect(created.status()).toBe(201);
  const { id, result } = await created.json();

  const read = await api.get(`${B}/api/v1/assessments/${id}`);
  expect(read.status()).toBe(200);
  expect((await read.json()).result).toEqual(result);

  const page = await api.get(`${B}/report/${id}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(result.band.label);
});

test("a counsellor signed in on A is signed in on B with the same cookie", async () => {
  const counsellor = await signedInCounsellor(A, "Meera Iyer");
  contexts.push(counsellor.api);
  const created = await counsellor.api.post(`${A}/api/v1/counsellor/cohorts`, { data: { name: "Two-instance batch" }, headers: { origin: A } });
  expect(created.status()).toBe(201);

  // Only the cookie header crosses over: B has never seen this client.
  const { cookies } = await counsellor.api.storageState();
  const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
  expect(cookie).toContain("session_token");
  const onB = await client(fakeAddress(), { cookie });
  const listed = await onB.get(`${B}/api/v1/counsellor/cohorts`);
  expect(listed.status()).toBe(200);
  expect((await listed.json()).cohorts.map((cohort: { name: string }) => cohort.name)).toEqual(["Two-instance batch"]);
  // And without it, B refuses.
  expect((await (await client()).get(`${B}/api/v1/counsellor/cohorts`)).status()).toBe(401);
});

test("the sign-in limit counts attempts on A and B together", async () => {
  const address = fakeAddress();
  const api = await client(address);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const url = i % 2 ? B : A;
    const response = await api.post(`${url}/api/auth/sign-in/email`, {
      data: { email: uniqueEmail("guess"), password: `guess number ${i}` },
      headers: { origin: url },
    });
    statuses.push(response.status());
  }
  // Five a minute per address (lib/auth/limits.ts): three on each instance would pass if each kept its own count.
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});

test("the submission limit counts submissions on A and B together", async () => {
  const api = await client();
  const statuses: number[] = [];
  for (let i = 0; i < SUBMISSION_LIMIT + 2; i++) {
    statuses.push((await api.post(`${i % 2 ? B : A}/api/v1/assessments`, { data: { answers: apiAnswers(i % 4) } })).status());
  }
  expect(statuses).toEqual([...Array<number>(SUBMISSION_LIMIT).fill(201), 429, 429]);
  const refused = await api.post(`${A}/api/v1/assessments`, { data: { answers: apiAnswers(1) } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  // Another address still submits on either instance.
  expect((await (await client()).post(`${B}/api/v1/assessments`, { data: { answers: apiAnswers(1) } })).status()).toBe(201);
});
