/** Step 6: readiness, kept apart from fit: where to start learning, the career stage, the plan's track. */
import type { CareerProfile, PlanTrack, Training } from "../../profiles/schema";
import type { ProfileIndex } from "../profile-index";
import type { ScoredSkill, StepReason } from "../types";
import type { About } from "./about";

export interface ReadinessStep {
  startStep: CareerProfile["learningPath"][number];
  stepReason: StepReason;
  stageIndex: number;
  stageRule: number;
  track: PlanTrack;
  trackRule: number | null;
}

/**
 * The plan's track by the profile's rules (school, entry, experienced): the first rule whose
 * conditions all hold, and its position (null when none does). Exported so a report can place a
 * result stored before tracks existed.
 */
export function pickTrack(
  profile: CareerProfile,
  person: { lifeStage?: string; training: Training; codingYears: number },
): { track: PlanTrack; rule: number | null } {
  for (const [position, rule] of profile.recommendations.tracks.entries()) {
    const { when } = rule;
    if (when.lifeStages && (person.lifeStage === undefined || !when.lifeStages.includes(person.lifeStage))) continue;
    if (when.training && !when.training.includes(person.training)) continue;
    if (when.minCodingYears !== undefined && person.codingYears < when.minCodingYears) continue;
    return { track: rule.track, rule: position };
  }
  return { track: "entry", rule: null };
}

export function assessReadiness(profile: CareerProfile, index: ProfileIndex, about: About, skills: ScoredSkill[]): ReadinessStep {
  const levelOf = (skillId: string) => skills[index.skillPosition.get(skillId)!]?.level ?? 0;
  const firstOpen = profile.learningPath.find((step) => step.doneWhen.some((rule) => levelOf(rule.skill) < rule.atLeast));
  const startStep = firstOpen ?? profile.learningPath.at(-1)!;
  const missing = firstOpen
    ? firstOpen.doneWhen
        .filter((rule) => levelOf(rule.skill) < rule.atLeast)
        .map((rule) => ({ skillId: rule.skill, level: levelOf(rule.skill), atLeast: rule.atLeast }))
    : [];
  const stepReason: StepReason = !firstOpen
    ? { kind: "all-covered" }
    : { kind: startStep.step === profile.learningPath[0]!.step ? "beginning" : "next", missing };

  const { stages } = profile.readiness;
  let stageRule = stages.findIndex((rule) => about.codingYears >= rule.minCodingYears && rule.training.includes(about.training));
  if (stageRule === -1) stageRule = stages.length - 1;
  const stageIndex = profile.progression.findIndex((entry) => entry.id === stages[stageRule]!.stage);
  const { track, rule: trackRule } = pickTrack(profile, about);
  return { startStep, stepReason, stageIndex, stageRule, track, trackRule };
}
