/** Step 3: temperament. Each trait's 0–1 score is the mean of its items, reverse-keyed items flipped. */
import type { Answers } from "../answers";
import type { ProfileIndex } from "../profile-index";
import type { Evidence, ScoredTrait } from "../types";

/** On the 1–5 agreement scale, answers at or beyond these count as agreeing or disagreeing. */
export const AGREEMENT = { min: 1, max: 5, agrees: 4, disagrees: 2 } as const;

export interface TemperamentStep {
  traits: ScoredTrait[];
  /** Per trait, in profile order: what it gives the score, 0–1 (a not-ideal trait gives less the more it shows). */
  contributions: number[];
  /** Per trait, in profile order: every answer behind it. */
  evidence: Evidence[][];
  /** 0–100. */
  score: number;
}

export function scoreTemperament(index: ProfileIndex, answers: Answers): TemperamentStep {
  const traits: ScoredTrait[] = [];
  const contributions: number[] = [];
  const evidence: Evidence[][] = [];
  let weighted = 0;
  for (const row of index.traits) {
    let total = 0;
    const all: Evidence[] = [];
    const pointing: Evidence[] = [];
    for (const key of row.keys) {
      const answer = answers[key.itemId] as number;
      // (value − min) / (max − min), as O*NET puts its scales on 0–1.
      const x = (answer - AGREEMENT.min) / (AGREEMENT.max - AGREEMENT.min);
      total += key.plus ? x : 1 - x;
      const given = { itemId: key.itemId, answer };
      all.push(given);
      if (key.plus ? answer >= AGREEMENT.agrees : answer <= AGREEMENT.disagrees) pointing.push(given);
    }
    evidence.push(all);
    const score = row.keys.length ? total / row.keys.length : 0;
    const contribution = row.goodFit ? score : 1 - score;
    weighted += row.weight * contribution;
    contributions.push(contribution);
    traits.push({ traitId: row.trait.id, kind: row.trait.kind, score, answers: pointing.length ? pointing : all });
  }
  return { traits, contributions, evidence, score: (100 * weighted) / index.traitWeightTotal };
}
