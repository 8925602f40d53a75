/**
 * "Try the work" on a 360 × 740 phone, from the report and back: the owner's report offers it,
 * the exercise goes one note at a time with its explanations, "disliked it" is saved with the
 * result, and the report then shows "You tried the work: 2 of 3 · disliked it" with a plain note
 * in the plan. Axe-clean on a question with its explanation and on the end screen.
 */
import { expect, test } from "@playwright/test";
import { tryWorkExercise } from "../../lib/try-work/exercise";
import { correctOption, exerciseQuestions } from "../../lib/try-work/score";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { bandPersonas, createPersonaReport } from "./support/personas";

const questions = exerciseQuestions(tryWorkExercise);

test.describe("try the work", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "Walked through at phone width.");
  });

  test("from the report, through three notes, back to the report with the outcome", async ({ page, request }) => {
    const { id, reportUrl, ownerKey } = await createPersonaReport(request, bandPersonas[1]);
    // The private owner link gives this browser the owner key.
    await page.goto(`${reportUrl}#owner=${ownerKey}`);
    const offer = page.getByRole("link", { name: /^Try the work: \d minutes?$/ });
    await expect(offer).toBeVisible();
    await offer.click();
    await page.waitForURL(`**/careers/medical-coder/try?report=${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Try the work" })).toBeVisible();

    await page.getByRole("button", { name: "Start with note 1" }).click();
    for (const [index, question] of questions.entries()) {
      await expect(page.getByText(`Note ${index + 1} of ${questions.length}`)).toBeVisible();
      // Right for the first two notes, wrong for the last: 2 of 3.
      const pick = index < 2 ? correctOption(question) : question.options.find((option) => !option.correct)!;
      await page.locator(`#try-${question.id}-${pick.id}`).check();
      await page.getByRole("button", { name: "Check my answer" }).click();
      await expect(page.getByRole("heading", { level: 3, name: index < 2 ? "Right" : "Not quite" })).toBeFocused();
      await expect(page.locator("[data-answer-review] li")).toHaveCount(question.options.length);
      if (index === 0) {
        await expectNoAxeViolations(page);
        await expectNoHorizontalOverflow(page);
      }
      await page.getByRole("button", { name: index < questions.length - 1 ? "Next note" : "See how you did" }).click();
    }

    await expect(page.getByText("You got 2 of 3")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("radio", { name: "I disliked it" }).check();
    await page.getByRole("button", { name: "Save to my report" }).click();
    await expect(page.getByText("Saved to your report.")).toBeVisible();

    await page.getByRole("link", { name: "Back to your report" }).click();
    await page.waitForURL(reportUrl);
    const card = page.locator("[data-try-work]");
    await expect(card.locator("[data-try-work-line]")).toHaveText("You tried the work: 2 of 3 · disliked it");
    await expect(card.locator("[data-try-work-note]")).toContainText("You disliked the sample work");
    await expect(card.getByRole("link", { name: "Try it again" })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);

    // Another device (no owner key) reads the same outcome, without the owner's link to try again.
    const other = await page.context().browser()!.newContext({ viewport: { width: 360, height: 740 } });
    const reader = await other.newPage();
    await reader.goto(reportUrl);
    await expect(reader.locator("[data-try-work-line]")).toHaveText("You tried the work: 2 of 3 · disliked it");
    await expect(reader.getByRole("link", { name: "Try it again" })).toHaveCount(0);
    await other.close();
  });
});
