/**
 * Scoring the exercise: how many questions were answered with their right option. Pure, so the
 * page (to show the result at once) and the server (which stores what it computes itself, never
 * a count the browser sends) use the same function.
 */
import type { TryWorkOutcome, TryWorkSubmission } from "./outcome";
import type { Exercise, ExerciseOption, ExerciseQuestion } from "./schema";

/** The option chosen for each question, by question id. */
export type TryWorkAnswers = Record<string, string>;

export interface TryWorkScore {
  correct: number;
  total: number;
  questions: { questionId: string; chosen: string | null; right: boolean; correctOptionId: string }[];
}

export function exerciseQuestions(exercise: Exercise): ExerciseQuestion[] {
  return exercise.notes.map((note) => note.question);
}

export function correctOption(question: ExerciseQuestion): ExerciseOption {
  const option = question.options.find((entry) => entry.correct);
  // The schema allows exactly one right option per question; data that breaks it is a bug.
  if (!option) throw new Error(`Question ${question.id} has no right option`);
  return option;
}

export function isRightAnswer(question: ExerciseQuestion, optionId: string | null | undefined): boolean {
  return optionId === correctOption(question).id;
}

/** Right answers out of all questions; a question left out or answered with an unknown option counts as not right. */
export function scoreTryWork(exercise: Exercise, answers: TryWorkAnswers): TryWorkScore {
  const questions = exerciseQuestions(exercise).map((question) => {
    const chosen = Object.hasOwn(answers, question.id) ? (answers[question.id] ?? null) : null;
    return { questionId: question.id, chosen, right: isRightAnswer(question, chosen), correctOptionId: correctOption(question).id };
  });
  return { correct: questions.filter((entry) => entry.right).length, total: questions.length, questions };
}

/** The record kept of one go: what was chosen and how it felt, with the count computed here. */
export function toTryWorkOutcome(exercise: Exercise, submission: TryWorkSubmission, now: Date = new Date()): TryWorkOutcome {
  const { correct, total } = scoreTryWork(exercise, submission.answers);
  return { version: submission.version, answers: { ...submission.answers }, feeling: submission.feeling, correct, total, triedAt: now.toISOString() };
}

/** What an option shows: its code (or none) and the code's meaning (or the option's own label). */
export function optionView(exercise: Exercise, option: ExerciseOption): { code: string | null; text: string } {
  if (option.code === null) return { code: null, text: option.label ?? "" };
  const entry = exercise.codes.find((code) => code.code === option.code);
  return { code: option.code, text: entry?.meaning ?? option.label ?? "" };
}
