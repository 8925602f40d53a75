/** Step 7: how far the answers can be trusted (straight-lining, contradictions, self-rating against knowledge). */
import type { CareerProfile } from "../../profiles/schema";
import type { Answers } from "../answers";
import type { ProfileIndex } from "../profile-index";
import type { ScoredSkill, ScoredWarning } from "../types";
import { AGREEMENT } from "./temperament";

export interface QualityStep {
  warnings: ScoredWarning[];
  confidence: "high" | "medium" | "low";
}

function uniqueIds(pairs: [string, string][]): string[] {
  const ids: string[] = [];
  for (const pair of pairs) for (const id of pair) if (!ids.includes(id)) ids.push(id);
  return ids;
}

export function checkQuality(profile: CareerProfile, index: ProfileIndex, answers: Answers, skills: ScoredSkill[]): QualityStep {
  const rules = profile.scoring.responseQuality;
  const warnings: ScoredWarning[] = [];
  const counts = [0, 0, 0, 0, 0, 0];
  let modal = 0;
  for (const id of index.agreementIds) modal = Math.max(modal, ++counts[answers[id] as number]!);
  if (index.agreementIds.length && modal / index.agreementIds.length >= rules.straightLineShare) {
    warnings.push({ code: "straight-lining", itemIds: index.agreementIds });
  }
  const contradictions = index.opposedPairs.filter(([a, b]) => {
    const x = answers[a] as number;
    const y = answers[b] as number;
    return (x >= AGREEMENT.agrees && y >= AGREEMENT.agrees) || (x <= AGREEMENT.disagrees && y <= AGREEMENT.disagrees);
  });
  if (contradictions.length >= rules.contradictionsForWarning) {
    warnings.push({ code: "contradictions", itemIds: uniqueIds(contradictions), pairs: contradictions.length });
  }
  const capped = skills.filter((skill) => skill.calibration === "capped");
  if (capped.length) {
    warnings.push({
      code: "self-rating-vs-knowledge",
      itemIds: capped.map((skill) => `skills.${skill.skillId}`),
      skillIds: capped.map((skill) => skill.skillId),
      capLevel: profile.scoring.calibration.capLevel,
    });
  }
  const serious = warnings.length - (capped.length ? 1 : 0);
  const confidence = warnings[0]?.code === "straight-lining" || serious >= 2 ? "low" : warnings.length ? "medium" : "high";
  return { warnings, confidence };
}
