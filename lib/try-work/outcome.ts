/**
 * What is kept of one go at the exercise: the options chosen, the count the server computed from
 * them, and how it felt. Stored with the result (Assessment.tryWork) so the report, another device
 * and a counsellor read the same thing; also kept on the device between the exercise and the quiz.
 */
import { tryWorkWords } from "./words";

export const FEELINGS = ["enjoyed", "neutral", "disliked"] as const;
export type TryWorkFeeling = (typeof FEELINGS)[number];

/** What the browser sends: the chosen option per question and the feeling. Never a count. */
export interface TryWorkSubmission {
  version: string;
  answers: Record<string, string>;
  feeling: TryWorkFeeling;
}

/** What is stored: the submission plus the count the server computed and when. */
export interface TryWorkOutcome extends TryWorkSubmission {
  correct: number;
  total: number;
  triedAt: string;
}

/** The report's lines: "You tried the work: 2 of 3 · enjoyed it", and a plain note when it was disliked. */
export interface TryWorkSummary {
  line: string;
  note: string | null;
  feeling: TryWorkFeeling;
}

export function buildTryWorkSummary(outcome: Pick<TryWorkOutcome, "correct" | "total" | "feeling"> | null | undefined): TryWorkSummary | null {
  if (!outcome) return null;
  return {
    line: tryWorkWords.reportLine(outcome.correct, outcome.total, outcome.feeling),
    note: outcome.feeling === "disliked" ? tryWorkWords.reportDislikedNote : null,
    feeling: outcome.feeling,
  };
}
