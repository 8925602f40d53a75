/**
 * Sharing checks on the server (issue 15, points 6 and 7): a code is looked up for the counsellor's
 * and cohort's names before sharing, and a share from someone under 18 needs a parent's or
 * guardian's name and tick, with field issues when they are missing.
 */
import { expect, test } from "@playwright/test";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";

test("under 18: sharing by code or invite without a guardian is refused with field issues; with one it is kept", async ({ request, baseURL }) => {
  const address = fakeAddress();
  const headers = { "x-forwarded-for": address };
  const counsellor = await signedInCounsellor(baseURL!, "Lakshmi Rao");
  const { cohort } = await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "Class 12 science" } })).json();
  const inviteToken = (cohort.inviteUrl as string).split("/join/")[1];

  // The look-up names the counsellor and cohort, so the person can check before agreeing.
  const lookUp = await request.get(`/api/v1/invites?code=${encodeURIComponent(cohort.code)}`, { headers });
  expect(lookUp.status()).toBe(200);
  expect(await lookUp.json()).toMatchObject({ counsellorName: "Lakshmi Rao", cohortName: "Class 12 science", invitesOpen: true });
  expect((await request.get("/api/v1/invites?code=ZZZZ-ZZZZ", { headers })).status()).toBe(404);

  const created = await request.post("/api/v1/assessments", { data: { answers: apiAnswers(2) }, headers });
  const { id, ownerKey } = await created.json();
  const share = (data: object) =>
    request.post(`/api/v1/assessments/${id}/shares`, { data, headers: { ...headers, "x-owner-key": ownerKey } });
  const base = { code: cohort.code, displayName: "Aarav T.", consent: true };

  const missing = await share({ ...base, under18: true });
  expect(missing.status()).toBe(422);
  const paths = ((await missing.json()).issues as { path: string }[]).map((issue) => issue.path).sort();
  expect(paths).toEqual(["guardianConsent", "guardianName"]);
  const unticked = await share({ ...base, under18: true, guardianName: "Meena T.", guardianConsent: false });
  expect(((await unticked.json()).issues as { path: string }[]).map((issue) => issue.path)).toEqual(["guardianConsent"]);
  expect((await request.get(`/api/v1/assessments/${id}/shares`, { headers: { ...headers, "x-owner-key": ownerKey } })).ok()).toBe(true);

  // Over 18 (or not said): the guardian fields are not needed.
  expect((await share(base)).status()).toBe(201);
  const withGuardian = await share({ ...base, under18: true, guardianName: "  Meena   T. ", guardianConsent: true });
  expect(withGuardian.status()).toBe(201);
  const { share: made } = await withGuardian.json();

  const page = await counsellor.api.get(`/counsellor/results/${made.shareId}`);
  expect(await page.text()).toContain("Shared with a guardian&#x27;s consent (Meena T.)");

  // Through an invite, with the answers: refused before anything is stored.
  const refused = await request.post("/api/v1/assessments", {
    data: { answers: apiAnswers(2), share: { inviteToken, displayName: "Diya K.", consent: true, under18: true } },
    headers,
  });
  expect(refused.status()).toBe(422);
  expect(((await refused.json()).issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual([
    "share.guardianConsent",
    "share.guardianName",
  ]);
});
