import { expect, type Page } from "@playwright/test";
import { medicalCoderProfile } from "../../../lib/profiles";
import type { QuestionnaireItem, Section } from "../../../lib/profiles/questionnaire-schema";
import { expectNoAxeViolations } from "./axe";

export const questionnaire = medicalCoderProfile.questionnaire;
export const sections: Section[] = questionnaire.sections;

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
export async function answerByPointer(page: Page, section: Section, choose = defaultChoice): Promise<void> {
  for (const item of section.items) {
    await group(page, item).getByRole("radio").nth(choose(item)).check();
  }
}

/** Answers a step by keyboard only: Tab into each group, arrow keys to the option, Space. */
export async function answerByKeyboard(page: Page, section: Section, choose = defaultChoice): Promise<void> {
  for (const item of section.items) {
    const radios = group(page, item).getByRole("radio");
    await radios.first().focus();
    await page.keyboard.press("Space");
    for (let i = 0; i < choose(item); i++) await page.keyboard.press("ArrowDown");
    await expect(radios.nth(choose(item))).toBeChecked();
  }
}

export async function next(page: Page, stepNumber: number): Promise<void> {
  await page.getByRole("button", { name: /^next/i }).click();
  await expect(page.getByText(`Step ${stepNumber} of 6`)).toBeVisible();
}

/** Takes the whole quiz from the first step to the report, checking axe on every step. */
export async function takeQuiz(page: Page, options: { axe?: boolean } = {}): Promise<string> {
  await page.goto("/assessment");
  for (const [i, section] of sections.entries()) {
    await expect(page.getByText(`Step ${i + 1} of 6`)).toBeVisible();
    await answerByPointer(page, section);
    if (options.axe) await expectNoAxeViolations(page);
    await next(page, i + 2);
  }
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /see my report/i }).click();
  await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);
  return page.url();
}
