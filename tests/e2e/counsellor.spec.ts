/**
 * Every counsellor and invite page, signed out and signed in, at both widths: no axe violations
 * and no sideways scrolling.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress, uniqueEmail } from "./support/counsellor";

const PASSWORD = "a long enough password";

test("counsellor pages at this width: no axe violations and no sideways scrolling", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const address = fakeAddress();
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  for (const path of ["/counsellor/sign-in", "/counsellor/sign-up", "/join"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
  }

  // A signed-in counsellor with one shared result, made through the API.
  const email = uniqueEmail("axe");
  const headers = { origin: baseURL!, "x-forwarded-for": address };
  await request.post("/api/auth/sign-up/email", { data: { name: "Axe Check", email, password: PASSWORD }, headers });
  await page.goto("/counsellor/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/counsellor$/);
  const cohort = await page.request.post("/api/v1/counsellor/cohorts", { data: { name: "Axe cohort" }, headers: { origin: baseURL! } });
  const inviteToken = (await cohort.json()).cohort.inviteUrl.split("/join/")[1];
  await request.post("/api/v1/assessments", {
    data: { answers: apiAnswers(2), share: { inviteToken, displayName: "Sneha Kulkarni", consent: true } },
  });

  for (const path of ["/counsellor", "/counsellor/analytics", "/counsellor/cohorts", `/join/${inviteToken}`]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
  }
  await page.goto("/counsellor");
  await page.getByRole("link", { name: /Sneha Kulkarni/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Sneha Kulkarni", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  // Signing out ends the session: the workspace sends the person to sign in, and back after.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/counsellor\/sign-in/);
  await page.goto("/counsellor/cohorts");
  await expect(page).toHaveURL(/\/counsellor\/sign-in\?next=%2Fcounsellor%2Fcohorts$/);
});
