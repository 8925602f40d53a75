/**
 * The Content-Security-Policy in a real browser: the key pages, the whole quiz, a report with its
 * what-if panel (code loaded after the page) and its sharing image, and the counsellor workspace.
 * Any console message about the policy, or any uncaught page error, fails the test.
 */
import { expect, test, type Page } from "@playwright/test";
import { apiAnswers, fakeAddress, uniqueEmail } from "./support/counsellor";
import { takeQuiz } from "./support/quiz";

function watchForCspProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/content.security.policy/i.test(message.text())) problems.push(`${page.url()}\n  ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}\n  uncaught: ${error.message}`));
  return problems;
}

/** Opens a page and checks its response carries a nonce-based policy, so a clean console means something. */
async function visit(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  expect(response?.headers()["content-security-policy"], path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
  await page.waitForLoadState("networkidle");
}

test("student pages, the quiz, a report and its what-if panel run under the policy", async ({ page, request }, testInfo) => {
  // Seven pages, the whole quiz (with an axe scan per step at desktop width) and a report: more
  // than the default minute on a busy 2-core machine. A budget, not a speed target.
  test.setTimeout(150_000);
  const problems = watchForCspProblems(page);
  for (const path of ["/", "/join", "/backgrounds", "/results", "/report/deleted"]) await visit(page, path);
  await visit(page, "/no-such-page", 404);

  // At desktop width this is also the quiz's accessibility check (quiz.spec.ts runs at phone width).
  const reportUrl = await takeQuiz(page, { axe: testInfo.project.name === "desktop" });
  await page.waitForLoadState("networkidle");
  const whatIf = page.locator("[data-what-if]");
  await whatIf.locator("summary", { hasText: "What if…" }).click();
  await expect(whatIf.locator("[data-what-if-result]")).toContainText(/your score stays \d+/i);

  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toContain("/opengraph-image");
  await visit(page, new URL(image!).pathname + new URL(image!).search);

  const first = new URL(reportUrl).pathname.split("/").pop()!;
  const other = await request.post("/api/v1/assessments", { data: { answers: apiAnswers(2) } });
  const second = new URL(((await other.json()) as { reportUrl: string }).reportUrl).pathname.split("/").pop()!;
  await visit(page, "/results");
  await visit(page, `/results/compare?a=${first}&b=${second}`);
  await expect(page.getByRole("heading", { name: "Later" })).toBeVisible();

  expect(problems, problems.join("\n")).toEqual([]);
});

test("counsellor pages and an invite run under the policy", async ({ page, request, baseURL }) => {
  const problems = watchForCspProblems(page);
  const address = fakeAddress();
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  await visit(page, "/counsellor/sign-up");
  await visit(page, "/counsellor/sign-in");

  // Sign in through the form, so its script runs under the policy too.
  const email = uniqueEmail("csp");
  const password = "a long enough password";
  const headers = { origin: baseURL!, "x-forwarded-for": address };
  await request.post("/api/auth/sign-up/email", { data: { name: "Policy Check", email, password }, headers });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/counsellor$/);

  const cohort = await page.request.post("/api/v1/counsellor/cohorts", { data: { name: "CSP cohort" }, headers: { origin: baseURL! } });
  const inviteToken = ((await cohort.json()) as { cohort: { inviteUrl: string } }).cohort.inviteUrl.split("/join/")[1]!;
  await request.post("/api/v1/assessments", {
    data: { answers: apiAnswers(1), share: { inviteToken, displayName: "Policy Student", consent: true } },
  });

  for (const path of ["/counsellor", "/counsellor/analytics", "/counsellor/cohorts", `/join/${inviteToken}`]) await visit(page, path);
  await visit(page, "/counsellor");
  await page.getByRole("link", { name: /Policy Student/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy Student", exact: true })).toBeVisible();
  await page.waitForLoadState("networkidle");

  expect(problems, problems.join("\n")).toEqual([]);
});
