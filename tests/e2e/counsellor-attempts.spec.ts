/**
 * One row per student: a student who retook the quiz shows once on the dashboard, with the change
 * since their previous attempt; the "Every attempt" switch (kept in the URL, worked by keyboard)
 * shows both attempts; the result page lists the attempts and what changed. Axe and no sideways
 * scrolling on each view, at both widths.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress, uniqueEmail } from "./support/counsellor";

const PASSWORD = "a long enough password";

async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
}

test("the dashboard counts a retake once, shows every attempt on request, and the result says what changed", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const address = fakeAddress();
  const headers = { origin: baseURL!, "x-forwarded-for": address };
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });

  const email = uniqueEmail("attempts");
  await request.post("/api/auth/sign-up/email", { data: { name: "Attempts Check", email, password: PASSWORD }, headers });
  await page.goto("/counsellor/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/counsellor$/);
  const cohort = await page.request.post("/api/v1/counsellor/cohorts", { data: { name: "Retake batch" }, headers: { origin: baseURL! } });
  const inviteToken = (await cohort.json()).cohort.inviteUrl.split("/join/")[1];

  // Kavya takes the quiz, then retakes it (linked to the first attempt); Rohan takes it once.
  const submit = async (data: Record<string, unknown>) => {
    const response = await request.post("/api/v1/assessments", { data, headers: { "x-forwarded-for": address } });
    expect(response.status()).toBe(201);
    return (await response.json()) as { id: string; ownerKey: string; result: { overall: number; band: { label: string } } };
  };
  const first = await submit({ answers: apiAnswers(0), share: { inviteToken, displayName: "Kavya Iyer", consent: true } });
  const second = await submit({
    answers: apiAnswers(3),
    previousId: first.id,
    previousOwnerKey: first.ownerKey,
    share: { inviteToken, displayName: "Kavya Iyer", consent: true },
  });
  await submit({ answers: apiAnswers(2), share: { inviteToken, displayName: "Rohan Das", consent: true } });
  const before = `${first.result.overall} \u2192 ${second.result.overall}`;

  // Default: one row per student, the retake's row says what changed.
  await page.goto("/counsellor");
  await expect(page.getByRole("status").filter({ hasText: "of 2 results" })).toContainText("latest attempt per student");
  const latest = page.getByRole("radio", { name: "Latest attempt per student" });
  await expect(latest).toBeChecked();
  const note = page.locator("[data-attempt-note]:visible");
  await expect(note).toHaveCount(1);
  await expect(note).toContainText("Attempt 2 of 2");
  await expect(note).toContainText(`Retook: ${before}`);
  await checkPage(page);

  // Every attempt, by keyboard: the arrow key moves the choice; the URL keeps it.
  await latest.focus();
  await page.keyboard.press("ArrowDown");
  const every = page.getByRole("radio", { name: "Every attempt" });
  await expect(every).toBeChecked();
  await expect(page).toHaveURL(/[?&]attempts=all/);
  await expect(page.getByRole("status").filter({ hasText: "of 3 results" })).toContainText("every attempt");
  await expect(page.locator("[data-attempt-note]:visible")).toHaveCount(2);
  await expect(page.locator("[data-attempt-note]:visible").filter({ hasText: "Attempt 1 of 2" })).toHaveCount(1);
  await checkPage(page);

  // The switch survives a reload and "Clear filters" (it is a way of counting, not a filter).
  await page.reload();
  await expect(page.getByRole("radio", { name: "Every attempt" })).toBeChecked();
  await page.getByLabel("Search by name").fill("Kavya");
  await expect(page).toHaveURL(/q=Kavya/);
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/q=Kavya/);
  await expect(page).toHaveURL(/[?&]attempts=all/);

  // Back to one row per student, and on to the retake's own page.
  await page.getByRole("radio", { name: "Latest attempt per student" }).check();
  await expect(page).not.toHaveURL(/attempts=/);
  await expect(page.getByRole("status").filter({ hasText: "of 2 results" })).toBeVisible();
  await page.getByRole("link", { name: "Kavya Iyer" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Kavya Iyer", exact: true })).toBeVisible();

  const attempts = page.getByRole("region", { name: "Attempts in this cohort" });
  await expect(attempts.getByRole("listitem")).toHaveCount(2);
  await expect(attempts.getByRole("listitem").first()).toContainText("Attempt 2 of 2");
  await expect(attempts.getByRole("listitem").first()).toContainText(`Retook: ${before}`);
  const change = page.getByRole("region", { name: "What changed since attempt 1" });
  await expect(change).toBeVisible();
  await expect(change).toContainText(`Retook: ${before}`);
  await expect(change.getByRole("table")).toContainText("Education");
  await expect(change.getByRole("heading", { name: "Gaps closed" })).toBeVisible();
  await expect(change).toContainText("Plan step");
  await checkPage(page);

  // The first attempt's page has no change of its own and points to the later one.
  await attempts.getByRole("link", { name: /Open the result of/ }).click();
  await expect(page.getByRole("region", { name: "Attempts in this cohort" })).toContainText("open a later one to see what changed");
  await expect(page.getByRole("region", { name: /What changed since/ })).toHaveCount(0);
  await checkPage(page);
});
