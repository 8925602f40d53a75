/**
 * How long the quiz takes a slow reader: every word a step shows (title, intro, notes, questions,
 * help, every option each time it appears) read at 150 words a minute, plus a few seconds to
 * choose and tap for each question. The per-item `seconds` in the questionnaire must cover their
 * item (tests/unit/quiz-steps.test.ts checks it); the step's own text is added here, in the words
 * of the translator given (English without one, see lib/quiz/words.ts).
 */
import type { Questionnaire, QuestionnaireItem } from "@/lib/profiles/questionnaire-schema";
import { optionsFor } from "./labels";
import { stepIntro, stepNote, stepTitle, type QuizStep } from "./steps";
import { englishQuizWords, type QuizWords } from "./words";

export const SLOW_READER_WORDS_PER_MINUTE = 150;
/** Deciding between options already read, and tapping one. */
export const ANSWER_SECONDS = 3;

/** Words as a reader meets them: anything with a letter or digit ("—" is not a word, "ICD-10-CM" is one). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function readingSeconds(words: number): number {
  return (words * 60) / SLOW_READER_WORDS_PER_MINUTE;
}

/** The text one question shows: its prompt, help, and every option with its hint. */
export function itemTexts(item: QuestionnaireItem, agreementScale: Questionnaire["agreementScale"], t: QuizWords = englishQuizWords): string[] {
  const options = optionsFor(item, agreementScale, t).flatMap((option) => [option.label, option.hint ?? ""]);
  return [item.prompt, item.help ?? "", ...options].filter(Boolean);
}

/** The text a step shows around its questions, in the words of `t`: title, intro and notes. */
export function stepFrameTexts(step: QuizStep, t: QuizWords = englishQuizWords): string[] {
  const note = stepNote(step, t);
  return [stepTitle(step, t), stepIntro(step, t), ...(note ? [note.lead, note.text] : [])];
}

export function itemWords(item: QuestionnaireItem, agreementScale: Questionnaire["agreementScale"], t: QuizWords = englishQuizWords): number {
  return itemTexts(item, agreementScale, t).reduce((total, text) => total + countWords(text), 0);
}

/** Seconds a slow reader needs for one question: reading all of it, then answering. */
export function slowItemSeconds(item: QuestionnaireItem, agreementScale: Questionnaire["agreementScale"], t: QuizWords = englishQuizWords): number {
  return readingSeconds(itemWords(item, agreementScale, t)) + ANSWER_SECONDS;
}

/** Seconds a slow reader needs for a step's title, intro and notes (its questions are counted by item). */
export function stepFrameSeconds(step: QuizStep, t: QuizWords = englishQuizWords): number {
  return readingSeconds(stepFrameTexts(step, t).reduce((total, text) => total + countWords(text), 0));
}
