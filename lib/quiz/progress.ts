/**
 * Pure helpers about where a person is in the quiz. Steps are the questionnaire's sections in
 * order, long ones split into parts (lib/quiz/steps.ts), then one review step; step numbers are
 * 0-based here and shown 1-based.
 */
import type { Questionnaire, QuestionnaireItem } from "@/lib/profiles/questionnaire-schema";
import { itemAnswerSchema, type Answers } from "@/lib/scoring/answer-checks";
import { slowItemSeconds, stepFrameSeconds } from "./reading-time";
import { quizSteps, type QuizStep } from "./steps";
import { englishQuizWords, type QuizWords } from "./words";

/** Question steps plus the review step. */
export function stepCount(questionnaire: Questionnaire): number {
  return quizSteps(questionnaire).length + 1;
}

/** The index of the review step (after the last question step). */
export function reviewStep(questionnaire: Questionnaire): number {
  return quizSteps(questionnaire).length;
}

/** The key saved with progress for a step ("temperament-2"), or "review". */
export const REVIEW_STEP_KEY = "review";

export function stepKeyAt(questionnaire: Questionnaire, step: number): string {
  return quizSteps(questionnaire)[step]?.key ?? REVIEW_STEP_KEY;
}

/** The step a saved key names, or -1 when this release has no such step. */
export function stepIndexOfKey(questionnaire: Questionnaire, key: string): number {
  if (key === REVIEW_STEP_KEY) return reviewStep(questionnaire);
  return quizSteps(questionnaire).findIndex((step) => step.key === key);
}

/** The first step of a section by its index (the review step past the last section). */
export function firstStepOfSection(questionnaire: Questionnaire, sectionIndex: number): number {
  const section = questionnaire.sections[sectionIndex];
  if (!section) return reviewStep(questionnaire);
  return quizSteps(questionnaire).findIndex((step) => step.section.id === section.id);
}

/** Each step's seconds by the words they were read in: the quiz asks for the time left on every render. */
const secondsCache = new WeakMap<QuizWords, WeakMap<QuizStep, number>>();

/**
 * A step's seconds in the words of `t` (the page's language; English without one, see
 * lib/quiz/words.ts): each question's own estimate, or what a slow reader needs for it in these
 * words when that is more (the estimates were set for English, and Hindi takes more words), plus
 * reading the step's title, intro and notes.
 */
export function stepSeconds(step: QuizStep, agreementScale: Questionnaire["agreementScale"], t: QuizWords = englishQuizWords): number {
  let known = secondsCache.get(t);
  if (!known) secondsCache.set(t, (known = new WeakMap()));
  let seconds = known.get(step);
  if (seconds === undefined) {
    const items = step.items.reduce((total, item) => total + Math.max(item.seconds, Math.ceil(slowItemSeconds(item, agreementScale, t))), 0);
    seconds = items + Math.ceil(stepFrameSeconds(step, t));
    known.set(step, seconds);
  }
  return seconds;
}

/** Seconds this step and every later step take, by the estimates above. */
export function secondsLeft(questionnaire: Questionnaire, step: number, t: QuizWords = englishQuizWords): number {
  return quizSteps(questionnaire)
    .slice(Math.max(0, step))
    .reduce((total, entry) => total + stepSeconds(entry, questionnaire.agreementScale, t), 0);
}

/** Whole minutes, rounded up: a promise of time should not fall short. At least 1. */
export function minutesFromSeconds(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** "About 7 minutes left", "About 1 minute left", or a closing line on the review step. */
export function timeLeftLabel(questionnaire: Questionnaire, step: number, t: QuizWords = englishQuizWords): string {
  const seconds = secondsLeft(questionnaire, step, t);
  if (seconds === 0) return t("progress.lastMoments");
  return t("progress.timeLeft", { count: minutesFromSeconds(seconds) });
}

/** The whole quiz's promise in minutes, as the home and assessment pages state it. */
export function quizMinutes(questionnaire: Questionnaire, t: QuizWords = englishQuizWords): number {
  return minutesFromSeconds(secondsLeft(questionnaire, 0, t));
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

/** The first step with a missing answer, or the review step when every step is complete. */
export function firstIncompleteStep(questionnaire: Questionnaire, answers: Answers): number {
  const index = quizSteps(questionnaire).findIndex((step) => step.items.some((item) => !isAnswered(item, answers[item.id])));
  return index === -1 ? reviewStep(questionnaire) : index;
}

/** The step that holds a question, or -1 for an unknown id. */
export function stepOfItem(questionnaire: Questionnaire, itemId: string): number {
  return quizSteps(questionnaire).findIndex((step) => step.items.some((item) => item.id === itemId));
}

/** A safe DOM id for a question ("about.market" → "q-about-market"). */
export function questionDomId(itemId: string): string {
  return `q-${itemId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
