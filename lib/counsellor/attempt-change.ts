/**
 * What changed between two of a student's attempts, in the counsellor's words: the short note on a
 * dashboard row (from the figures the share table holds) and the summary on the result page (from
 * lib/results/compare.ts, the comparison the student's own compare page shows). Pure.
 */
import { bandLabel } from "@/lib/cohorts/signals";
import { formatScore } from "@/lib/report/format";
import type { ResultComparison } from "@/lib/results/compare";
import { attemptWords } from "./attempt-words";

export interface AttemptFigures {
  overall: number;
  /** A band id ("good"). */
  band: string;
}

/** "Retook: 54 → 62, Possible fit → Good fit", or "…, still Good fit" when the band held. */
export function retakeNote(previous: AttemptFigures, current: AttemptFigures): string {
  return attemptWords.retook(formatScore(previous.overall), formatScore(current.overall), bandLabel(previous.band), bandLabel(current.band));
}

export interface AttemptChangeSummary {
  /** The row's note, for the same two attempts. */
  headline: string;
  band: string;
  planStep: string;
}

const words = attemptWords.page.change;

export function summarizeChange(comparison: ResultComparison): AttemptChangeSummary {
  const { band, learningStep: step } = comparison;
  return {
    headline: retakeNote(
      { overall: comparison.overall.before, band: band.before.id },
      { overall: comparison.overall.after, band: band.after.id },
    ),
    band: band.changed ? words.bandChanged(band.before.label, band.after.label) : words.bandSame(band.after.label),
    planStep: step.changed
      ? words.stepChanged(step.before.step, step.before.focus, step.after.step, step.after.focus)
      : words.stepSame(step.after.step, step.after.focus),
  };
}
