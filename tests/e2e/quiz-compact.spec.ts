import { expect, test } from "@playwright/test";
import { stepTitle } from "../../lib/quiz/steps";
import { expectNoHorizontalOverflow } from "./support/axe";
import { answerByPointer, group, next, STEP_COUNT, steps } from "./support/quiz";

/**
 * The quiz fits a phone: at 360×740 every step opens with its first question (the legend and at
 * least the first option) on the first screen, under a one-row header and a slim banner.
 */
test("on a phone, every step's first question is on the first screen", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "Checked at phone width, 360×740.");
  const viewport = page.viewportSize()!;
  await page.goto("/assessment");

  // One row: the logo and a single way out, no wrapped navigation.
  const header = page.locator("[data-site-header]");
  await expect(header.getByRole("link", { name: "Exit quiz" })).toHaveAttribute("href", "/");
  await expect(header.getByRole("link", { name: "Take the assessment" })).toHaveCount(0);
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);

  for (const [i, step] of steps.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${STEP_COUNT}`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: stepTitle(step) })).toBeVisible();
    expect(await page.evaluate(() => window.scrollY), step.key).toBe(0);
    const first = group(page, step.items[0]!);
    for (const part of [first.locator("legend"), first.locator("label").first()]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height, `${step.key}: first question below the first screen`).toBeLessThanOrEqual(viewport.height);
    }
    await expectNoHorizontalOverflow(page);
    await answerByPointer(page, step);
    await next(page, i + 2);
  }
  await expect(page.getByRole("heading", { level: 2, name: "Check your answers" })).toBeVisible();
});
