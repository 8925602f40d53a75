import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { group, next, STEP_COUNT, steps, takeQuiz } from "./support/quiz";

const idOf = (url: string) => url.split("/").pop()!;
const entries = (page: Page) => page.locator("li[data-result-id]");

/** Retakes from the last answers: every step is walked with Next, one skill answer is changed. */
async function retakeChangingOneSkill(page: Page): Promise<string> {
  await page.goto("/assessment");
  await page.getByRole("button", { name: "Start with my last answers" }).click();
  await expect(page.getByText("Your last answers are filled in.")).toBeVisible();
  for (const [i, step] of steps.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${STEP_COUNT}`)).toBeVisible();
    // Every answer is already there.
    for (const item of step.items) await expect(group(page, item).getByRole("radio", { checked: true })).toHaveCount(1);
    if (step.key === "skills") {
      const icd = step.items.find((item) => item.id === "skills.icd-coding")!;
      await group(page, icd).getByRole("radio").nth(4).check();
    }
    await next(page, i + 2);
  }
  await page.getByRole("button", { name: /see my report/i }).click();
  await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);
  return page.url();
}

test("lists, retakes, compares, removes and deletes results taken on this device", async ({ page }) => {
  test.setTimeout(120_000);

  // Nothing yet: a calm empty state.
  await page.goto("/results");
  await expect(page.getByRole("heading", { level: 1, name: "My results" })).toBeVisible();
  await expect(page.getByText("No results on this device yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the assessment" }).last()).toBeVisible();
  await expectNoAxeViolations(page);

  const first = idOf(await takeQuiz(page));
  await page.goto("/results");
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toHaveAttribute("data-result-id", first);
  await expect(entries(page).first().getByRole("link", { name: "Open the report" })).toHaveAttribute("href", `/report/${first}`);
  await expect(page.getByText("This list lives on this device only")).toBeVisible();

  const second = idOf(await retakeChangingOneSkill(page));
  expect(second).not.toBe(first);
  // The API links the retake to the earlier attempt.
  const stored = (await (await page.request.get(`/api/v1/assessments/${second}`)).json()) as { previousId: string | null };
  expect(stored.previousId).toBe(first);

  // Both listed, newest first, the retake showing its link.
  await page.goto("/results");
  await expect(entries(page)).toHaveCount(2);
  await expect(entries(page).nth(0)).toHaveAttribute("data-result-id", second);
  await expect(entries(page).nth(1)).toHaveAttribute("data-result-id", first);
  await expect(entries(page).nth(0).getByText(/^Retake of the result of/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  // Choose exactly two, then compare side by side.
  await entries(page).nth(0).getByRole("checkbox", { name: "Choose to compare" }).check();
  await expect(page.getByText("1 chosen, choose one more.")).toBeVisible();
  await entries(page).nth(1).getByRole("checkbox", { name: "Choose to compare" }).check();
  await page.getByRole("link", { name: "Compare the two chosen results" }).click();
  await page.waitForURL(new RegExp(`/results/compare\\?a=${first}&b=${second}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Compare two results" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Earlier" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Later" })).toBeVisible();
  const components = page.getByRole("table", { name: /each part/i });
  await expect(components.getByRole("row", { name: /^Skills/ })).toContainText(/\+\d/);
  const levels = page.getByRole("table", { name: /skill levels/i });
  await expect(levels.getByRole("row", { name: /ICD/ })).toContainText("+");
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  // A deleted or unknown id is explained.
  await page.goto(`/results/compare?a=${first}&b=AAAAAAAAAAAAAAAAAAAAAAAA`);
  await expect(page.getByText("The second result no longer exists")).toBeVisible();

  // Remove the retake from the list (local only: its report stays).
  await page.goto("/results");
  await entries(page).nth(0).getByRole("button", { name: "Remove from this list" }).click();
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toHaveAttribute("data-result-id", first);
  expect((await page.request.get(`/report/${second}`)).status()).toBe(200);

  // Delete the other for good, after confirming in the dialog.
  await entries(page).first().getByRole("button", { name: "Delete the result" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this result for good?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Delete permanently" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("No results on this device yet")).toBeVisible();
  await expect(page.getByText(/was deleted for good/).first()).toBeVisible();
  expect((await page.request.get(`/report/${first}`)).status()).toBe(404);
  expect((await page.request.get(`/api/v1/assessments/${first}`)).status()).toBe(404);
});

test("shows a result deleted elsewhere as deleted, with only a remove button", async ({ page }) => {
  await page.goto("/results");
  await page.evaluate(() => {
    localStorage.setItem(
      "coder-fit:results:v1",
      JSON.stringify([{ id: "GoneGoneGoneGoneGoneGone", createdAt: "2026-01-05T10:00:00.000Z", overall: 60, band: "good", bandLabel: "Good fit" }]),
    );
  });
  await page.reload();
  const entry = entries(page).first();
  await expect(entry.getByText("Deleted: this report no longer exists.")).toBeVisible();
  await expect(entry.getByRole("button", { name: "Delete the result" })).toHaveCount(0);
  await expect(entry.getByRole("checkbox")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await entry.getByRole("button", { name: "Remove from this list" }).click();
  await expect(page.getByText("No results on this device yet")).toBeVisible();
});
