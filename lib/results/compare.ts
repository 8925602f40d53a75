/**
 * Compares two results of the same person: what moved between an earlier attempt and a later
 * one. Pure and deterministic (no dates, no I/O), so it is tested with real scored answers.
 */
import type { ComponentId } from "@/lib/scoring/types";
import type { AssessmentResult } from "@/lib/results/types";

export const COMPONENT_ORDER: ComponentId[] = ["education", "skills", "temperament"];

/** Rounds to one decimal place so float noise never shows as a change. */
export function roundDelta(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** "+3.5", "−2", "0": the sign always shown, a true minus sign for falls. */
export function formatDelta(delta: number): string {
  const rounded = roundDelta(delta);
  if (rounded === 0) return "0";
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  return `${rounded > 0 ? "+" : "\u2212"}${text}`;
}

/** Plain words for a delta, for screen readers and captions ("up 3.5", "down 2", "no change"). */
export function describeDelta(delta: number): string {
  const rounded = roundDelta(delta);
  if (rounded === 0) return "no change";
  return `${rounded > 0 ? "up" : "down"} ${formatDelta(rounded).slice(1)}`;
}

export interface ScoreChange {
  before: number;
  after: number;
  delta: number;
}

export interface ComponentChange extends ScoreChange {
  id: ComponentId;
  label: string;
}

export interface SkillChange {
  skillId: string;
  name: string;
  requiredLevel: number;
  before: { level: number; gap: number };
  after: { level: number; gap: number };
  /** Change in level (after − before). */
  delta: number;
}

export interface FlagChange {
  traitId: string;
  name: string;
  strength: "raised" | "strong";
}

export interface FlagStrengthChange {
  traitId: string;
  name: string;
  before: "raised" | "strong";
  after: "raised" | "strong";
}

export interface ResultComparison {
  overall: ScoreChange;
  band: { before: { id: string; label: string }; after: { id: string; label: string }; changed: boolean };
  components: ComponentChange[];
  /** Skills with a gap before and none after. */
  gapsClosed: SkillChange[];
  /** Skills with no gap before and a gap after. */
  gapsOpened: SkillChange[];
  /** Every skill whose level moved, biggest move first. */
  levelChanges: SkillChange[];
  /** Not-ideal flags present only after, only before, or at a different strength. */
  flagsAdded: FlagChange[];
  flagsRemoved: FlagChange[];
  flagsChanged: FlagStrengthChange[];
  learningStep: {
    before: { step: number; focus: string };
    after: { step: number; focus: string };
    changed: boolean;
  };
  stage: { before: { id: string; stage: string }; after: { id: string; stage: string }; changed: boolean };
}

function scoreChange(before: number, after: number): ScoreChange {
  return { before, after, delta: roundDelta(after - before) };
}

function traitName(result: AssessmentResult, traitId: string, names: Record<string, string>): string {
  return names[traitId] ?? result.traits.all.find((trait) => trait.traitId === traitId)?.name ?? traitId;
}

/**
 * `before` is the earlier attempt, `after` the later one. `traitNames` (id → name) may come
 * from the career profile; names stored in the results are used otherwise.
 */
export function compareResults(
  before: AssessmentResult,
  after: AssessmentResult,
  traitNames: Record<string, string> = {},
): ResultComparison {
  const components = COMPONENT_ORDER.map((id) => ({
    id,
    label: after.components[id]?.label ?? before.components[id]?.label ?? id,
    ...scoreChange(before.components[id]?.score ?? 0, after.components[id]?.score ?? 0),
  }));

  const beforeSkills = new Map(before.skills.map((skill) => [skill.skillId, skill]));
  const skillChanges: SkillChange[] = [];
  for (const skill of after.skills) {
    const earlier = beforeSkills.get(skill.skillId);
    if (!earlier) continue;
    skillChanges.push({
      skillId: skill.skillId,
      name: skill.name,
      requiredLevel: skill.requiredLevel,
      before: { level: earlier.level, gap: earlier.gap },
      after: { level: skill.level, gap: skill.gap },
      delta: roundDelta(skill.level - earlier.level),
    });
  }
  const hasGap = (gap: number) => roundDelta(gap) > 0;
  const gapsClosed = skillChanges.filter((skill) => hasGap(skill.before.gap) && !hasGap(skill.after.gap));
  const gapsOpened = skillChanges.filter((skill) => !hasGap(skill.before.gap) && hasGap(skill.after.gap));
  const levelChanges = skillChanges
    .filter((skill) => skill.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name));

  const beforeFlags = new Map(before.traits.flags.map((flag) => [flag.traitId, flag.strength]));
  const afterFlags = new Map(after.traits.flags.map((flag) => [flag.traitId, flag.strength]));
  const flagsAdded = after.traits.flags
    .filter((flag) => !beforeFlags.has(flag.traitId))
    .map((flag) => ({ traitId: flag.traitId, name: traitName(after, flag.traitId, traitNames), strength: flag.strength }));
  const flagsRemoved = before.traits.flags
    .filter((flag) => !afterFlags.has(flag.traitId))
    .map((flag) => ({ traitId: flag.traitId, name: traitName(before, flag.traitId, traitNames), strength: flag.strength }));
  const flagsChanged = after.traits.flags.flatMap((flag) => {
    const earlier = beforeFlags.get(flag.traitId);
    return earlier && earlier !== flag.strength
      ? [{ traitId: flag.traitId, name: traitName(after, flag.traitId, traitNames), before: earlier, after: flag.strength }]
      : [];
  });

  const stepBefore = before.readiness.learningStep;
  const stepAfter = after.readiness.learningStep;
  const stageBefore = before.readiness.stage;
  const stageAfter = after.readiness.stage;

  return {
    overall: scoreChange(before.overall, after.overall),
    band: {
      before: { id: before.band.id, label: before.band.label },
      after: { id: after.band.id, label: after.band.label },
      changed: before.band.id !== after.band.id,
    },
    components,
    gapsClosed,
    gapsOpened,
    levelChanges,
    flagsAdded,
    flagsRemoved,
    flagsChanged,
    learningStep: {
      before: { step: stepBefore.step, focus: stepBefore.focus },
      after: { step: stepAfter.step, focus: stepAfter.focus },
      changed: stepBefore.step !== stepAfter.step,
    },
    stage: {
      before: { id: stageBefore.id, stage: stageBefore.stage },
      after: { id: stageAfter.id, stage: stageAfter.stage },
      changed: stageBefore.id !== stageAfter.id,
    },
  };
}

/** Earlier first: the pair ordered by creation time (ties keep the given order). */
export function orderByTime<T extends { createdAt: string }>(a: T, b: T): [T, T] {
  return Date.parse(b.createdAt) < Date.parse(a.createdAt) ? [b, a] : [a, b];
}
