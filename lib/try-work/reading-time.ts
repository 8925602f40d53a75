/**
 * How long the exercise takes a slow reader, counted the way the quiz's promise is
 * (lib/quiz/reading-time.ts): every word it shows, the explanations of every option included,
 * at 150 words a minute, plus a few seconds to choose for each question and for the feeling.
 * Counted in English, so the promise is the same number on every page and in every language.
 */
import { ANSWER_SECONDS, countWords, readingSeconds } from "@/lib/quiz/reading-time";
import { FEELINGS } from "./feelings";
import type { Exercise } from "./schema";
import { INTRO_CODE_SETS } from "./intro";
import { englishTryWork, type TryWorkWords } from "./words";

/** Every text the exercise shows, from the introduction to the feeling question. */
export function exerciseTexts(exercise: Exercise, t: TryWorkWords = englishTryWork): string[] {
  const codes = new Map(exercise.codes.map((entry) => [entry.code, entry]));
  const intro = [t("introHeading"), t("introText"), ...INTRO_CODE_SETS.flatMap((set) => [set.name, t(`codeSets.${set.key}`)]), t("introHow")];
  const notes = exercise.notes.flatMap((note) => [
    t("noteOf", { current: 1, total: exercise.notes.length }),
    note.setting,
    t("invented"),
    ...note.lines.flatMap((line) => [line.label, line.text]),
    note.question.prompt,
    ...note.question.options.flatMap((option) =>
      option.code ? [option.code, codes.get(option.code)?.meaning ?? ""] : [t("noCode"), option.label ?? ""],
    ),
    t("notQuite"),
    ...note.question.options.map((option) => option.explanation),
    note.question.takeaway,
  ]);
  const feelings = FEELINGS.map((feeling) => t(`feelings.${feeling}`));
  const end = [
    t("score", { correct: exercise.notes.length, total: exercise.notes.length }),
    t("scoreNote"),
    t("feelingLegend"),
    t("feelingHelp"),
    ...feelings,
  ];
  return [...intro, ...notes, ...end].filter(Boolean);
}

export function exerciseSeconds(exercise: Exercise): number {
  const wordCount = exerciseTexts(exercise).reduce((total, text) => total + countWords(text), 0);
  return readingSeconds(wordCount) + (exercise.notes.length + 1) * ANSWER_SECONDS;
}

/** Whole minutes, rounded up: the promise on the page and the report's link. */
export function exerciseMinutes(exercise: Exercise): number {
  return Math.max(1, Math.ceil(exerciseSeconds(exercise) / 60));
}
