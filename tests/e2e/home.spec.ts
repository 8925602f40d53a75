import { expect, test } from "@playwright/test";
import { quizMinutes } from "../../lib/quiz/progress";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { questionnaire } from "./support/quiz";

test.describe("home page", () => {
  test("explains the assessment and leads to it", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/Coder Fit/);

    const main = page.getByRole("main");
    for (const audience of [/fresher/i, /career-changer/i, /counsellor/i]) {
      await expect(main.getByRole("heading", { name: audience }).first()).toBeVisible();
    }
    // The promise is the quiz's own slow-reader estimate, the one the assessment page repeats.
    await expect(main.getByText(`About ${quizMinutes(questionnaire)} minutes`, { exact: true }).first()).toBeVisible();
    await expect(main.getByText(/not a hiring/i).first()).toBeVisible();

    const start = main.getByRole("link", { name: "Start the assessment" }).first();
    await expect(start).toHaveAttribute("href", "/assessment");

    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });

  test("keeps the header to one row on a phone, with the links behind Menu", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "The menu exists at phone width only.");
    await page.goto("/");
    const banner = page.getByRole("banner");
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(70);
    const link = banner.getByRole("link", { name: "My results" });
    await expect(link).toBeHidden();

    const menu = banner.getByText("Menu", { exact: true });
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(link).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(link).toBeHidden();

    await menu.click();
    await link.click();
    await page.waitForURL(/\/results$/);
    // A new page: the menu is closed again.
    await expect(banner.getByRole("link", { name: "My results" })).toBeHidden();
  });

  test("offers a skip link as the first stop for keyboard users", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: /skip to main content/i });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });

  test("uses no web font from the network", async ({ page }) => {
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("http://127.0.0.1")) external.push(request.url());
    });
    await page.goto("/", { waitUntil: "load" });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    expect(external).toEqual([]);
    expect(await page.evaluate(() => [...document.fonts].filter((font) => font.status === "loaded").length)).toBeGreaterThan(0);
  });
});

test.describe("missing pages", () => {
  test("answer 404 with a styled page that leads back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: /home/i }).first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });
});
