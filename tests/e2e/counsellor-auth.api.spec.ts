/**
 * Counsellor accounts through the built app: errors that do not reveal whether an email has an
 * account, the password rules, the sign-in rate limit, and invites that can be turned off.
 */
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { apiAnswers, fakeAddress, signedInCounsellor, uniqueEmail } from "./support/counsellor";

const context = (address = fakeAddress()) =>
  playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, "x-forwarded-for": address } });

test("sign-in and sign-up answers never tell whether an email has an account", async () => {
  const api = await context();
  const email = uniqueEmail("known");
  const signUp = await api.post("/api/auth/sign-up/email", { data: { name: "Known", email, password: "a long enough password" } });
  expect(signUp.status()).toBe(200);
  // Signing up again with the same email looks the same as a new account.
  const again = await api.post("/api/auth/sign-up/email", { data: { name: "Someone", email, password: "another long password" } });
  expect(again.status()).toBe(200);

  const other = await context();
  const wrongPassword = await other.post("/api/auth/sign-in/email", { data: { email, password: "not the password" } });
  const unknownEmail = await other.post("/api/auth/sign-in/email", { data: { email: uniqueEmail("nobody"), password: "not the password" } });
  expect(wrongPassword.status()).toBe(401);
  expect(unknownEmail.status()).toBe(401);
  expect((await wrongPassword.json()).message).toBe((await unknownEmail.json()).message);
  await Promise.all([api.dispose(), other.dispose()]);
});

test("passwords need at least 10 characters", async () => {
  const api = await context();
  const response = await api.post("/api/auth/sign-up/email", { data: { name: "Short", email: uniqueEmail("short"), password: "2short" } });
  expect(response.status()).toBe(400);
  expect((await response.json()).code).toBe("PASSWORD_TOO_SHORT");
  await api.dispose();
});

test("the name is checked on the server as the form checks it", async () => {
  for (const name of ["", " \t ", "Asha\u0000", "\u200b", "x".repeat(81), 42]) {
    // One address per attempt: sign-up is limited to five a minute per address.
    const api = await context();
    const response = await api.post("/api/auth/sign-up/email", { data: { name, email: uniqueEmail("named"), password: "a long enough password" } });
    expect(response.status(), JSON.stringify(name)).toBe(400);
    const body = await response.json();
    expect(body.code).toBe("INVALID_NAME");
    expect(body.message).toMatch(/name|characters/i);
    await api.dispose();
  }
});

test("sign-in attempts are limited to five a minute per address", async () => {
  const address = fakeAddress();
  const api = await context(address);
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const response = await api.post("/api/auth/sign-in/email", { data: { email: uniqueEmail("guess"), password: "guess number " + i } });
    statuses.push(response.status());
    if (response.status() === 429) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  // Another address is not affected.
  const elsewhere = await context();
  expect((await elsewhere.post("/api/auth/sign-in/email", { data: { email: uniqueEmail("x"), password: "some password" } })).status()).toBe(401);
  await Promise.all([api.dispose(), elsewhere.dispose()]);
});

test("a cohort with invites turned off takes no new results, by link or by code", async () => {
  const counsellor = await signedInCounsellor(baseURL, "Ravi Menon");
  const { cohort } = await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "Closed batch" } })).json();
  const inviteToken = cohort.inviteUrl.split("/join/")[1];
  expect((await counsellor.api.patch(`/api/v1/counsellor/cohorts/${cohort.id}`, { data: { invitesOpen: false } })).status()).toBe(200);

  const student = await context();
  const saved = await student.post("/api/v1/assessments", {
    data: { answers: apiAnswers(1), share: { inviteToken, displayName: "Late Student", consent: true } },
  });
  expect(saved.status()).toBe(201);
  const body = await saved.json();
  expect(body.share).toMatchObject({ status: "closed", cohortName: "Closed batch" });
  const owner = { "X-Owner-Key": body.ownerKey as string };
  const byCode = await student.post(`/api/v1/assessments/${body.id}/shares`, {
    headers: owner,
    data: { code: cohort.code, displayName: "Late Student", consent: true },
  });
  expect(byCode.status()).toBe(409);
  expect((await byCode.json()).error).toMatch(/stopped taking new results/);
  // No consent, no sharing.
  const noConsent = await student.post(`/api/v1/assessments/${body.id}/shares`, {
    headers: owner,
    data: { code: cohort.code, displayName: "Late Student" },
  });
  expect(noConsent.status()).toBe(422);
  expect((await (await counsellor.api.get("/api/v1/counsellor/results")).json()).total).toBe(0);
  await Promise.all([counsellor.api.dispose(), student.dispose()]);
});
