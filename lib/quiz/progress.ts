/**
 * Pure helpers about where a person is in the quiz. Steps are the questionnaire's sections in
 * order, then one review step; step numbers are 0-based here and shown 1-based.
 */
import type { Questionnaire, QuestionnaireItem, Section } from "@/lib/profiles/questionnaire-schema";
import { itemAnswerSchema, type Answers } from "@/lib/scoring/answers";

/** Sections plus the review step. */
export function stepCount(questionnaire: Questionnaire): number {
  return questionnaire.sections.length + 1;
}

/** The index of the review step (after the last section). */
export function reviewStep(questionnaire: Questionnaire): number {
  return questionnaire.sections.length;
}

export function sectionSeconds(section: Section): number {
  return section.items.reduce((total, item) => total + item.seconds, 0);
}

/** Seconds the items of this step and every later step take, by the questionnaire's estimates. */
export function secondsLeft(questionnaire: Questionnaire, step: number): number {
  return questionnaire.sections.slice(Math.max(0, step)).reduce((total, section) => total + sectionSeconds(section), 0);
}

/** Whole minutes to the nearest minute ("about"), at least 1. */
export function minutesFromSeconds(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/** "About 7 minutes left", "About 1 minute left", or a closing line on the review step. */
export function timeLeftLabel(questionnaire: Questionnaire, step: number): string {
  const seconds = secondsLeft(questionnaire, step);
  if (seconds === 0) return "Less than a minute left";
  const minutes = minutesFromSeconds(seconds);
  return `About ${minutes} ${minutes === 1 ? "minute" : "minutes"} left`;
}

export function allItems(questionnaire: Questionnaire): QuestionnaireItem[] {
  return questionnaire.sections.flatMap((section) => section.items);
}

/** True when the stored value is an acceptable answer to the item (the server's own rule). */
export function isAnswered(item: QuestionnaireItem, value: unknown): boolean {
  return value !== undefined && itemAnswerSchema(item).safeParse(value).success;
}

export function answeredCount(questionnaire: Questionnaire, answers: Answers): number {
  return allItems(questionnaire).filter((item) => isAnswered(item, answers[item.id])).length;
}

/** The first step with a missing answer, or the review step when every section is complete. */
export function firstIncompleteStep(questionnaire: Questionnaire, answers: Answers): number {
  const index = questionnaire.sections.findIndex((section) =>
    section.items.some((item) => !isAnswered(item, answers[item.id])),
  );
  return index === -1 ? reviewStep(questionnaire) : index;
}

/** The step (section index) that holds a question, or -1 for an unknown id. */
export function stepOfItem(questionnaire: Questionnaire, itemId: string): number {
  return questionnaire.sections.findIndex((section) => section.items.some((item) => item.id === itemId));
}

/** A safe DOM id for a question ("about.market" → "q-about-market"). */
export function questionDomId(itemId: string): string {
  return `q-${itemId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
