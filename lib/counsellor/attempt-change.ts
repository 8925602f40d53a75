/**
 * What changed between two of a student's attempts, in the counsellor's words: the short note on a
 * dashboard row (from the figures the share table holds) and the summary on the result page (from
 * lib/results/compare.ts, the comparison the student's own compare page shows). Pure; the words
 * are the `counsellor.attempts` messages, band names the profile's in the same language.
 */
import type { PageWords } from "@/lib/i18n/page-words";
import type { CareerProfile } from "@/lib/profiles/schema";
import { formatScore } from "@/lib/report/format";
import type { ResultComparison, SkillChange } from "@/lib/results/compare";
import type { AssessmentResult } from "@/lib/results/types";

export type AttemptWords = PageWords<"counsellor.attempts">;

export interface AttemptFigures {
  overall: number;
  /** A band id ("good"). */
  band: string;
}

/** "Retook: 54 → 62, Possible fit → Good fit", or "…, still Good fit" when the band held. */
export function retakeNote(previous: AttemptFigures, current: AttemptFigures, t: AttemptWords, bandName: (id: string) => string): string {
  const before = formatScore(previous.overall);
  const after = formatScore(current.overall);
  const bandBefore = bandName(previous.band);
  const bandAfter = bandName(current.band);
  return bandBefore === bandAfter
    ? t("retookSameBand", { before, after, band: bandAfter })
    : t("retook", { before, after, bandBefore, bandAfter });
}

export interface AttemptChangeSummary {
  /** The row's note, for the same two attempts. */
  headline: string;
  band: string;
  planStep: string;
}

export function summarizeChange(comparison: ResultComparison, t: AttemptWords, bandName: (id: string) => string): AttemptChangeSummary {
  const { band, learningStep: step } = comparison;
  return {
    headline: retakeNote(
      { overall: comparison.overall.before, band: band.before.id },
      { overall: comparison.overall.after, band: band.after.id },
      t,
      bandName,
    ),
    band: band.changed
      ? t("change.bandChanged", { before: band.before.label, after: band.after.label })
      : t("change.bandSame", { band: band.after.label }),
    planStep: step.changed
      ? t("change.stepChanged", {
          before: String(step.before.step),
          beforeFocus: step.before.focus,
          after: String(step.after.step),
          afterFocus: step.after.focus,
        })
      : t("change.stepSame", { step: String(step.after.step), focus: step.after.focus }),
  };
}

/**
 * A comparison of two stored (English) results worded in another language: every name it carries
 * looked up by its id in the profile in that language, and the parts' labels and the later plan
 * step taken from the later result worded in that language (`storedResultIn`).
 */
export function comparisonIn(comparison: ResultComparison, profile: CareerProfile, later: AssessmentResult): ResultComparison {
  const bands = new Map<string, string>(profile.scoring.bands.map((band) => [band.id, band.label]));
  const skills = new Map(later.skills.map((skill) => [skill.skillId, skill.name]));
  for (const skill of profile.skills) if (!skills.has(skill.id)) skills.set(skill.id, skill.name);
  const traits = new Map(profile.traits.map((trait) => [trait.id, trait.name]));
  const steps = new Map(profile.learningPath.map((step) => [step.step, step.focus]));
  const stages = new Map(profile.progression.map((stage) => [stage.id, stage.stage]));
  const skill = (change: SkillChange): SkillChange => ({ ...change, name: skills.get(change.skillId) ?? change.name });
  const laterStep = later.readiness.learningStep;
  const focus = (step: { step: number; focus: string }) => ({
    step: step.step,
    focus: (laterStep.step === step.step ? laterStep.focus : steps.get(step.step)) ?? step.focus,
  });
  const { band, learningStep, stage } = comparison;
  return {
    ...comparison,
    band: {
      ...band,
      before: { ...band.before, label: bands.get(band.before.id) ?? band.before.label },
      after: { ...band.after, label: bands.get(band.after.id) ?? band.after.label },
    },
    components: comparison.components.map((part) => ({ ...part, label: later.components[part.id]?.label ?? part.label })),
    gapsClosed: comparison.gapsClosed.map(skill),
    gapsOpened: comparison.gapsOpened.map(skill),
    levelChanges: comparison.levelChanges.map(skill),
    flagsAdded: comparison.flagsAdded.map((flag) => ({ ...flag, name: traits.get(flag.traitId) ?? flag.name })),
    flagsRemoved: comparison.flagsRemoved.map((flag) => ({ ...flag, name: traits.get(flag.traitId) ?? flag.name })),
    flagsChanged: comparison.flagsChanged.map((flag) => ({ ...flag, name: traits.get(flag.traitId) ?? flag.name })),
    learningStep: {
      ...learningStep,
      before: focus(learningStep.before),
      after: focus(learningStep.after),
    },
    stage: {
      ...stage,
      before: { ...stage.before, stage: stages.get(stage.before.id) ?? stage.before.stage },
      after: { ...stage.after, stage: stages.get(stage.after.id) ?? stage.after.stage },
    },
  };
}
