/**
 * The per-result figures a counsellor filters, sorts and counts by, taken from a scoring result
 * when it is shared. Skill gaps and not-ideal flags are stored as bit masks in profile order, so a
 * whole cohort's gaps can be counted from a handful of grouped rows on either database.
 * Changing the order of skills or traits in the profile needs a data migration of these masks.
 */
import { medicalCoderProfile } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/results/types";

export const SKILL_ORDER: readonly string[] = medicalCoderProfile.skills.map((skill) => skill.id);
export const FLAG_ORDER: readonly string[] = medicalCoderProfile.traits
  .filter((trait) => trait.kind === "not-ideal")
  .map((trait) => trait.id);
export const BAND_IDS: readonly string[] = medicalCoderProfile.scoring.bands.map((band) => band.id);
export const BACKGROUND_IDS: readonly string[] = medicalCoderProfile.education.backgrounds.map((background) => background.id);

const skillNames = new Map(medicalCoderProfile.skills.map((skill) => [skill.id, skill.name]));
const traitNames = new Map(medicalCoderProfile.traits.map((trait) => [trait.id, trait.name]));
const bandLabels = new Map<string, string>(medicalCoderProfile.scoring.bands.map((band) => [band.id, band.label]));
const backgroundNames = new Map(medicalCoderProfile.education.backgrounds.map((background) => [background.id, background.degree]));

export const skillName = (id: string) => skillNames.get(id) ?? id;
export const flagName = (id: string) => traitNames.get(id) ?? id;
export const bandLabel = (id: string) => bandLabels.get(id) ?? id;
export const backgroundName = (id: string) => backgroundNames.get(id) ?? id;

export const TOP_GAPS = 3;

export function toMask(ids: readonly string[], order: readonly string[]): number {
  let mask = 0;
  for (const id of ids) {
    const bit = order.indexOf(id);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

export function fromMask(mask: number, order: readonly string[]): string[] {
  return order.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** Every mask value (0 … 2^n − 1) that has `bit` set: how a "flag X" filter becomes an IN list. */
export function masksWithBit(bit: number, width: number): number[] {
  const masks: number[] = [];
  for (let mask = 0; mask < 1 << width; mask++) if (mask & (1 << bit)) masks.push(mask);
  return masks;
}

export interface ShareFigures {
  overallScore: number;
  band: string;
  educationScore: number;
  skillsScore: number;
  temperamentScore: number;
  backgroundId: string;
  flagMask: number;
  gapMask: number;
  topGaps: string;
  /** The exact degree picked (the answer's option value), named with degreeName. */
  degreeId: string;
}

export function shareFigures(result: AssessmentResult): ShareFigures {
  return {
    overallScore: result.overall,
    band: result.band.id,
    educationScore: result.components.education.score,
    skillsScore: result.components.skills.score,
    temperamentScore: result.components.temperament.score,
    backgroundId: result.education.backgroundId,
    flagMask: toMask(
      result.traits.flags.map((flag) => flag.traitId),
      FLAG_ORDER,
    ),
    gapMask: toMask(result.gaps, SKILL_ORDER),
    topGaps: result.gaps.slice(0, TOP_GAPS).join(","),
    degreeId: result.education.degreeId,
  };
}

// What the stored answers say directly: the exact degree the person picked ("B.Com", not the
// background it counts as; shares keep its id, shareFigures) and, for the CSV, the level they
// chose for each skill.
const questionItems = medicalCoderProfile.questionnaire.sections.flatMap((section) => section.items);
const degreeItem = questionItems.find((item) => item.kind === "choice" && item.role === "background");
const degreeNames = new Map<string, string>(
  degreeItem && degreeItem.kind === "choice" ? degreeItem.options.map((option) => [String(option.value), option.label]) : [],
);
const skillItemIds = new Map(
  questionItems.flatMap((item) => (item.kind === "level" ? [[item.skill, item.id] as const] : [])),
);

export const degreeName = (id: string) => degreeNames.get(id) ?? id;

/** The degree the person picked, in words, or null when the answers hold none. */
export function degreeOfAnswers(answers: unknown): string | null {
  if (!degreeItem || typeof answers !== "object" || answers === null) return null;
  const value = (answers as Record<string, unknown>)[degreeItem.id];
  return typeof value === "string" ? degreeName(value) : null;
}

/** The level (0–4) the person chose for each skill, in SKILL_ORDER; null where not answered. */
export function skillLevelsOfAnswers(answers: unknown): (number | null)[] {
  const record = typeof answers === "object" && answers !== null ? (answers as Record<string, unknown>) : {};
  return SKILL_ORDER.map((skillId) => {
    const itemId = skillItemIds.get(skillId);
    const value = itemId ? record[itemId] : undefined;
    return typeof value === "number" && Number.isInteger(value) ? value : null;
  });
}
