/**
 * Sharing with a counsellor keeps the person in charge (issue 15, points 6 and 7): the header's
 * start link keeps an invite, a cohort code names its counsellor and cohort before the consent box,
 * and someone under 18 shares only with a parent's or guardian's name and tick, which the
 * counsellor then sees.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress, signedInCounsellor, type SignedIn } from "./support/counsellor";
import { answerByPointer, next, STEP_COUNT, steps } from "./support/quiz";

async function cohortOf(counsellor: SignedIn, name: string) {
  const response = await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name } });
  expect(response.status()).toBe(201);
  const { cohort } = await response.json();
  return { code: cohort.code as string, token: (cohort.inviteUrl as string).split("/join/")[1]! };
}

/** The header's "Take the assessment", behind the Menu button on a phone. */
async function headerStartLink(page: Page) {
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByText("Menu", { exact: true });
  if (await menu.isVisible()) await menu.click();
  return nav.getByRole("link", { name: "Take the assessment" });
}

async function openAsCounsellor(page: Page, counsellor: SignedIn, displayName: string) {
  await page.context().addCookies((await counsellor.api.storageState()).cookies);
  await page.goto("/counsellor");
  await page.getByRole("link", { name: displayName }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: displayName, exact: true })).toBeVisible();
}

test("the header's start link on an invitation keeps the invite, so the consent panel still comes at the end", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": fakeAddress() });
  const counsellor = await signedInCounsellor(baseURL!, "Meera Iyer");
  const { token } = await cohortOf(counsellor, "Evening batch 2027");

  await page.goto(`/join/${token}`);
  const start = await headerStartLink(page);
  await expect(start).toHaveAttribute("href", `/assessment?invite=${token}`);
  await start.click();
  await page.waitForURL(`**/assessment?invite=${token}`);
  for (const [i, step] of steps.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${STEP_COUNT}`)).toBeVisible();
    await answerByPointer(page, step);
    await next(page, i + 2);
  }
  const consent = page.getByRole("region", { name: "Share with your counsellor" });
  await expect(consent).toContainText("Meera Iyer invited you to share your result with “Evening batch 2027”");

  // Under 18: the parent's or guardian's name and tick are needed before anything is shared.
  await consent.getByRole("textbox", { name: /knows you by/ }).fill("Ishaan P.");
  await consent.getByRole("checkbox", { name: /I agree/ }).check();
  await consent.getByRole("checkbox", { name: "I am under 18" }).check();
  await expect(consent.getByText(/DPDP Act 2023/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await page.getByRole("button", { name: "Share and see my report" }).click();
  await expect(consent.getByRole("textbox", { name: "Your parent's or guardian's name" })).toHaveAccessibleDescription(
    /Enter your parent's or guardian's name\./,
  );
  await expect(page).toHaveURL(/\/assessment\?invite=/);
  await consent.getByRole("textbox", { name: "Your parent's or guardian's name" }).fill("Kavita P.");
  await consent.getByRole("checkbox", { name: /parent or guardian, I give my consent/ }).check();
  await page.getByRole("button", { name: "Share and see my report" }).click();
  await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}\?share=shared/);

  await openAsCounsellor(page, counsellor, "Ishaan P.");
  await expect(page.getByText("Shared with a guardian's consent (Kavita P.)")).toBeVisible();
});

test("sharing by code names the counsellor and cohort before the consent box, and asks about age", async ({ page, request, baseURL }) => {
  test.setTimeout(90_000);
  const address = fakeAddress();
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  const counsellor = await signedInCounsellor(baseURL!, "Farah Khan");
  const { code } = await cohortOf(counsellor, "Nursing bridge, Kochi");
  const created = await request.post("/api/v1/assessments", { data: { answers: apiAnswers(1) }, headers: { "x-forwarded-for": address } });
  expect(created.status()).toBe(201);
  const { id, ownerKey } = await created.json();

  await page.goto(`/report/${id}#owner=${ownerKey}`);
  const form = page.getByRole("form", { name: "Share with a counsellor" });
  await form.getByRole("textbox", { name: "Cohort code" }).fill(code.toLowerCase().replace("-", " "));
  const recipient = form.getByText("You are sharing with Farah Khan, Nursing bridge, Kochi.");
  await expect(recipient).toBeVisible();
  // The name comes before the box that agrees to share with them.
  const consent = form.getByRole("checkbox", { name: /I agree/ });
  const before = await recipient.evaluate(
    (line, box) => Boolean(line.compareDocumentPosition(box as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
    await consent.elementHandle(),
  );
  expect(before).toBe(true);

  await form.getByRole("textbox", { name: /knows you by/ }).fill("Zoya M.");
  await consent.check();
  await form.getByRole("checkbox", { name: "I am under 18" }).check();
  await expect(form.getByRole("textbox", { name: "Your parent's or guardian's name" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await form.getByRole("button", { name: "Share my result" }).click();
  await expect(form.getByRole("checkbox", { name: /parent or guardian, I give my consent/ })).toHaveAccessibleDescription(
    /Your parent or guardian needs to tick this box to share\./,
  );
  await expect(page.getByRole("list", { name: "Shared with" })).toHaveCount(0);

  await form.getByRole("textbox", { name: "Your parent's or guardian's name" }).fill("Rukhsana M.");
  await form.getByRole("checkbox", { name: /parent or guardian, I give my consent/ }).check();
  await form.getByRole("button", { name: "Share my result" }).click();
  await expect(page.getByRole("list", { name: "Shared with" })).toContainText("Farah Khan");

  await openAsCounsellor(page, counsellor, "Zoya M.");
  await expect(page.getByText("Shared with a guardian's consent (Rukhsana M.)")).toBeVisible();
});
