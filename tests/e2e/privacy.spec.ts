/**
 * The privacy page and "Download my data" in the browser, at phone width (and the page at desktop
 * width too): readable, axe-clean, linked from every page's footer and beside the share consent
 * box; the owner's button saves a JSON file, and a link-only reader has no such button.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { takeQuiz } from "./support/quiz";

test("the privacy page says what is kept, for how long and who to contact, and every footer links to it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "Privacy" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "What we keep, and who sees it" })).toBeVisible();
  for (const name of ["What we keep", "How long we keep it", "Who can see it", "Download, delete or stop sharing", "Questions or complaints"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText("nobody has opened its report for 365 days (about a year)")).toBeVisible();
  await expect(page.getByText(/“Opened” means someone loaded the report page/)).toBeVisible();
  // The test servers set no operator or contact: the page says so rather than inventing one.
  await expect(page.getByText("Whoever runs this Coder Fit site has not added their name here yet.")).toBeVisible();
  await expect(page.locator("[data-privacy-contact-missing]")).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  for (const path of ["/assessment", "/careers/medical-coder", "/join"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "Privacy" })).toHaveAttribute("href", "/privacy");
  }
});

test("the owner downloads their data from the report; a reader with the link alone cannot", async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "Runs once, at phone width.");
  test.setTimeout(180_000);
  const owner = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, baseURL: baseURL!, acceptDownloads: true });
  const page = await owner.newPage();
  const reportUrl = await takeQuiz(page);
  const id = reportUrl.split("/").pop()!;

  // The share form on the report links the privacy page beside its consent box.
  await expect(page.locator("[data-privacy-link]").first()).toHaveAttribute("href", "/privacy");

  const button = page.getByRole("button", { name: "Download my data" });
  await button.scrollIntoViewIfNeeded();
  await expectNoHorizontalOverflow(page);
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^coder-fit-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.result.id).toBe(id);
  expect(Object.keys(data.result.answers).length).toBeGreaterThan(10);
  expect(data.shares).toEqual([]);
  await expect(page.getByRole("status").filter({ hasText: "Your file has been downloaded." })).toHaveCount(1);
  await expectNoAxeViolations(page);

  const viewer = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL: baseURL! });
  const viewerPage = await viewer.newPage();
  await viewerPage.goto(reportUrl);
  await expect(viewerPage.getByText("You are reading a shared report")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Download my data" })).toHaveCount(0);
  await owner.close();
  await viewer.close();
});
