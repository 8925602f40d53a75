import { expect, type Page } from "@playwright/test";
import { medicalCoderProfile } from "../../../lib/profiles";
import type { QuestionnaireItem, Section } from "../../../lib/profiles/questionnaire-schema";
import { stepCount } from "../../../lib/quiz/progress";
import { quizSteps, type QuizStep } from "../../../lib/quiz/steps";
import { expectNoAxeViolations } from "./axe";

export const questionnaire = medicalCoderProfile.questionnaire;
/** The questionnaire's sections: for building answer sets. The quiz shows them as `steps`. */
export const sections: Section[] = questionnaire.sections;
/** The quiz's pages in order (a long section comes in parts); the review step follows them. */
export const steps: QuizStep[] = quizSteps(questionnaire);
/** Question steps plus the review step: the "of N" in "Step k of N". */
export const STEP_COUNT = stepCount(questionnaire);

/** Anything that lists questions: a step, or a whole section. */
type Questions = { items: QuestionnaireItem[] };

/** The radio group of one question: its fieldset's legend is the prompt. */
export function group(page: Page, item: QuestionnaireItem) {
  return page.getByRole("group", { name: item.prompt });
}

/** Index of the option to pick for an item: varied but deterministic, never the first for levels. */
export function defaultChoice(item: QuestionnaireItem): number {
  switch (item.kind) {
    case "choice":
      return item.id === "education.degree" ? item.options.findIndex((option) => option.value === "bpharm") : 0;
    case "level":
      return 2;
    case "agreement":
      return 3;
    case "knowledge":
      return item.options.findIndex((option) => option.value === item.correct);
  }
}

/** Answers a step by pointer: a click on each chosen option's label. */
export async function answerByPointer(page: Page, step: Questions, choose = defaultChoice): Promise<void> {
  for (const item of step.items) {
    await group(page, item).getByRole("radio").nth(choose(item)).check();
  }
}

/** Answers a step by keyboard only: Tab into each group, arrow keys to the option, Space. */
export async function answerByKeyboard(page: Page, step: Questions, choose = defaultChoice): Promise<void> {
  for (const item of step.items) {
    const radios = group(page, item).getByRole("radio");
    await radios.first().focus();
    await page.keyboard.press("Space");
    for (let i = 0; i < choose(item); i++) await page.keyboard.press("ArrowDown");
    await expect(radios.nth(choose(item))).toBeChecked();
  }
}

export async function next(page: Page, stepNumber: number): Promise<void> {
  await page.getByRole("button", { name: /^next/i }).click();
  await expect(page.getByText(`Step ${stepNumber} of ${STEP_COUNT}`)).toBeVisible();
}

/** Takes the whole quiz from the first step to the report, checking axe on every step. */
export async function takeQuiz(page: Page, options: { axe?: boolean } = {}): Promise<string> {
  await page.goto("/assessment");
  for (const [i, step] of steps.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${STEP_COUNT}`)).toBeVisible();
    await answerByPointer(page, step);
    if (options.axe) await expectNoAxeViolations(page);
    await next(page, i + 2);
  }
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /see my report/i }).click();
  await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);
  return page.url();
}
