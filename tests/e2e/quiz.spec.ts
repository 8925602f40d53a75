import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { answerByKeyboard, answerByPointer, group, next, STEP_COUNT, steps } from "./support/quiz";

const [about, education, skills, temperament1, temperament2, temperament3, knowledge] = steps;

test.describe("the fit quiz", () => {
  // Behaviour flows, run once at phone width (most people take the quiz on a phone). Every step
  // at desktop width is taken, with an axe scan each, by csp.spec.ts.
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "Behaviour checked once, at phone width.");
  });

  test("a fresher takes it by pointer and keyboard, reloads midway, and gets the report", async ({ page }) => {
    // About 40 answers, a reload and seven axe scans: on a busy 2-core machine this one flow needs
    // more than the default minute. The limit is a budget, not a speed target.
    test.slow();
    await page.goto("/assessment");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(`Step 1 of ${STEP_COUNT}`)).toBeVisible();
    await expect(page.getByText(/minutes? left/i)).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);

    // Next on an unanswered step explains what is missing and moves focus to it.
    await page.getByRole("button", { name: /^next/i }).click();
    await expect(page.getByText(`Step 1 of ${STEP_COUNT}`)).toBeVisible();
    await expect(group(page, about!.items[0]!).getByText("Please answer this question.")).toBeVisible();
    await expect(group(page, about!.items[0]!).getByRole("radio").first()).toBeFocused();
    await expectNoAxeViolations(page);

    await answerByPointer(page, about!);
    await next(page, 2);
    await answerByKeyboard(page, education!);
    await next(page, 3);
    await answerByKeyboard(page, skills!);
    await expectNoAxeViolations(page);
    await next(page, 4);

    // Half of the first temperament step, then a reload: nothing is lost.
    const half = { items: temperament1!.items.slice(0, 3) };
    await answerByPointer(page, half);
    await page.reload();
    await page.getByRole("button", { name: "Continue where you left off" }).click();
    await expect(page.getByText(`Step 4 of ${STEP_COUNT}`)).toBeVisible();
    await expect(group(page, temperament1!.items[0]!).getByRole("radio").nth(3)).toBeChecked();
    await answerByPointer(page, temperament1!);
    await expectNoAxeViolations(page);
    await next(page, 5);
    await answerByPointer(page, temperament2!);
    await next(page, 6);
    await answerByPointer(page, temperament3!);
    await next(page, 7);
    await answerByPointer(page, knowledge!);
    await expectNoAxeViolations(page);
    await next(page, 8);

    // Review lists every answer in words, with a way back to change it.
    const review = page.getByRole("main");
    await expect(review.getByText("B.Pharm")).toBeVisible();
    await expectNoAxeViolations(page);
    await review.getByRole("link", { name: /change/i }).or(review.getByRole("button", { name: /change/i })).first().click();
    await expect(page.getByText(`Step 1 of ${STEP_COUNT}`)).toBeVisible();
    for (let step = 2; step <= STEP_COUNT; step++) await next(page, step);

    await page.getByRole("button", { name: /see my report/i }).click();
    await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(main.getByText(/\d+\s*\/\s*100/).first()).toBeVisible();
    for (const heading of [/your next three actions/i, /your plan/i, /why we think so/i, /the full details/i]) {
      await expect(main.getByRole("heading", { name: heading }).first()).toBeVisible();
    }
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);

    // The finished quiz is cleared; starting again does not offer to continue.
    await page.goto("/assessment");
    await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
  });

  test("keeps the answers and offers Retry when saving fails", async ({ page }) => {
    await page.route("**/api/v1/assessments", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: "down", issues: [] }) }),
    );
    await page.goto("/assessment");
    for (const [i, step] of steps.entries()) {
      await answerByPointer(page, step);
      await next(page, i + 2);
    }
    await page.getByRole("button", { name: /see my report/i }).click();
    // Scoped to main: Next.js's route announcer is also an alert region.
    await expect(page.getByRole("main").getByRole("alert")).toContainText(/still on this device/i);
    const retry = page.getByRole("button", { name: /try again/i });
    await expect(retry).toBeVisible();
    await expectNoAxeViolations(page);

    await page.unroute("**/api/v1/assessments");
    await retry.click();
    await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);
  });
});
