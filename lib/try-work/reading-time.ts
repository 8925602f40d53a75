/**
 * How long the exercise takes a slow reader, counted the way the quiz's promise is
 * (lib/quiz/reading-time.ts): every word it shows, the explanations of every option included,
 * at 150 words a minute, plus a few seconds to choose for each question and for the feeling.
 */
import { ANSWER_SECONDS, countWords, readingSeconds } from "@/lib/quiz/reading-time";
import type { Exercise } from "./schema";
import { tryWorkWords as words } from "./words";

/** Every text the exercise shows, from the introduction to the feeling question. */
export function exerciseTexts(exercise: Exercise): string[] {
  const codes = new Map(exercise.codes.map((entry) => [entry.code, entry]));
  const intro = [words.introHeading, words.introText, ...words.codeSets.flatMap((set) => [set.name, set.text]), words.introHow];
  const notes = exercise.notes.flatMap((note) => [
    words.noteOf(1, exercise.notes.length),
    note.setting,
    words.invented,
    ...note.lines.flatMap((line) => [line.label, line.text]),
    note.question.prompt,
    ...note.question.options.flatMap((option) =>
      option.code ? [option.code, codes.get(option.code)?.meaning ?? ""] : [words.noCode, option.label ?? ""],
    ),
    words.notQuite,
    ...note.question.options.map((option) => option.explanation),
    note.question.takeaway,
  ]);
  const feelings = Object.values(words.feelings);
  const end = [words.score(exercise.notes.length, exercise.notes.length), words.scoreNote, words.feelingLegend, words.feelingHelp, ...feelings];
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
