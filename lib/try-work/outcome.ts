/**
 * What is kept of one go at the exercise: the options chosen, the count the server computed from
 * them, and how it felt. Stored with the result (Assessment.tryWork) so the report, another device
 * and a counsellor read the same thing; also kept on the device between the exercise and the quiz.
 */
import type { TryWorkFeeling, TryWorkSubmission } from "./feelings";
import { englishTryWork, type TryWorkWords } from "./words";

export { FEELINGS, type TryWorkFeeling, type TryWorkSubmission } from "./feelings";

/** What is stored: the submission plus the count the server computed and when. */
export interface TryWorkOutcome extends TryWorkSubmission {
  correct: number;
  total: number;
  triedAt: string;
}

/**
 * The report's lines: "You tried the work: 2 of 3 · enjoyed it", and a plain note when it was
 * disliked, in the language of `t` (English unless given); with the count and the feeling, so a
 * page can word them in its own language (components/try-work/report-card.tsx does).
 */
export interface TryWorkSummary {
  line: string;
  note: string | null;
  feeling: TryWorkFeeling;
  correct: number;
  total: number;
}

export function buildTryWorkSummary(
  outcome: Pick<TryWorkOutcome, "correct" | "total" | "feeling"> | null | undefined,
  t: TryWorkWords = englishTryWork,
): TryWorkSummary | null {
  if (!outcome) return null;
  const { correct, total, feeling } = outcome;
  return {
    line: t("reportLine", { correct, total, feeling: t(`feelingWords.${feeling}`) }),
    note: feeling === "disliked" ? t("reportDislikedNote") : null,
    feeling,
    correct,
    total,
  };
}
