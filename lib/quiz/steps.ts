/**
 * How the questionnaire's sections become the quiz's pages. The data keeps its five sections (the
 * API, the review step and the report group answers by them); the quiz splits a long section into
 * parts, so that a step fits a phone and a person sees an end in sight. Pure: no React, no storage.
 * A step's words (title, intro, note) are the section's own, from the questionnaire in the page's
 * language, with the quiz's words around them (`t`, see lib/quiz/words.ts).
 */
import type { Questionnaire, QuestionnaireItem, Section } from "@/lib/profiles/questionnaire-schema";
import { itemsAnswersSchema, type Answers } from "@/lib/scoring/answer-checks";
import type { Check } from "@/lib/scoring/standard-check";
import { englishQuizWords, type QuizWords } from "./words";

/** No step ever shows more than this many questions. */
export const MAX_ITEMS_PER_STEP = 10;
/** A section longer than MAX_ITEMS_PER_STEP is split into the fewest equal parts of at most this many. */
export const MAX_ITEMS_PER_PART = 8;

export interface QuizStep {
  /** Stable across releases while the split stays the same: "skills", "temperament-2". Saved with progress. */
  key: string;
  section: Section;
  /** 1-based part of the section, and how many parts it has (1 of 1 for a whole section). */
  part: number;
  parts: number;
  items: QuestionnaireItem[];
}

/** Sizes of the fewest near-equal parts of at most `max` (18 by 8 → 6, 6, 6). */
function partSizes(count: number, max: number): number[] {
  const parts = Math.ceil(count / max);
  const base = Math.floor(count / parts);
  const larger = count % parts;
  return Array.from({ length: parts }, (_, index) => base + (index < larger ? 1 : 0));
}

function stepsOfSection(section: Section): QuizStep[] {
  const count = section.items.length;
  const sizes = count > MAX_ITEMS_PER_STEP ? partSizes(count, MAX_ITEMS_PER_PART) : [count];
  const parts = sizes.length;
  let start = 0;
  return sizes.map((size, index) => {
    const part = index + 1;
    const items = section.items.slice(start, start + size);
    start += size;
    return { key: parts === 1 ? section.id : `${section.id}-${part}`, section, part, parts, items };
  });
}

const stepsCache = new WeakMap<Questionnaire, QuizStep[]>();

/** The quiz's question steps in order (the review step comes after them). */
export function quizSteps(questionnaire: Questionnaire): QuizStep[] {
  const cached = stepsCache.get(questionnaire);
  if (cached) return cached;
  const steps = questionnaire.sections.flatMap(stepsOfSection);
  stepsCache.set(questionnaire, steps);
  return steps;
}

/** The step's heading: the section's title, with the part for a section split over several steps ("Temperament (2 of 3)"). */
export function stepTitle(step: QuizStep, t: QuizWords = englishQuizWords): string {
  return step.parts === 1 ? step.section.title : t("steps.partTitle", { title: step.section.title, part: step.part, parts: step.parts });
}

/** The step's intro: the section's own on its first part; later parts carry a short reminder instead of the whole instruction again. */
export function stepIntro(step: QuizStep, t: QuizWords = englishQuizWords): string {
  if (step.part === 1) return step.section.intro;
  return step.section.id === "temperament" ? t("steps.laterPartIntro.temperament") : t("steps.laterPartIntro.other");
}

export type StepNote = { lead: string; text: string };

/** The note a step shows under its intro, if any: one source for the page and the reading-time estimate. */
export function stepNote(step: QuizStep, t: QuizWords = englishQuizWords): StepNote | null {
  // Said once above the skills, where people starting out most need to hear it.
  return step.section.id === "skills" && step.part === 1 ? { lead: t("steps.skillsNote.lead"), text: t("steps.skillsNote.text") } : null;
}

/**
 * Answers for one step's questions: the form validates a step at a time, with the server's rules
 * and messages, checked without zod (lib/scoring/answer-checks.ts).
 */
export function stepAnswersSchema(step: QuizStep): Check<Answers> {
  return itemsAnswersSchema(step.items);
}
