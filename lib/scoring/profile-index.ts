/**
 * Everything the engine looks up per profile, worked out once per profile object and cached, so
 * scoring an assessment is arithmetic over arrays rather than searches through the profile.
 */
import type { AgreementItem, ChoiceItem, LevelItem } from "../profiles/questionnaire-schema";
import type { BandId, CareerProfile, MarketId, Training } from "../profiles/schema";

export interface SkillRow {
  skill: CareerProfile["skills"][number];
  itemId: string;
  item: LevelItem;
  importanceWeight: number;
  calibrated: boolean;
  /** Share of the overall score this skill can give. */
  receiptWeight: number;
  factor: string;
  strength: string;
  /** Receipt explanations at [selfRated × 5 + level], written once rather than per assessment. */
  explanations: string[];
}

export interface TraitRow {
  trait: CareerProfile["traits"][number];
  keys: { itemId: string; plus: boolean }[];
  goodFit: boolean;
  weight: number;
  receiptWeight: number;
  factor: string;
  /** Receipt explanations by the trait's score in whole percent (0–100). */
  explanations: string[];
}

export interface DegreeRow {
  degreeId: string;
  degree: string;
  background: CareerProfile["education"]["backgrounds"][number];
  adjustment: number;
  score: number;
  reason: string;
  explanation: string;
  strength: string;
}

export interface SalaryTable {
  currency: "INR" | "USD";
  rows: { label: string; range: string; monthly?: string; stageIds: string[]; training?: Training[] }[];
  reason: string;
  note: string;
}

export interface ProfileIndex {
  marketItem: ChoiceItem;
  /** The "which describes you now" item; optional, since a profile need not ask it. */
  stageItem: ChoiceItem | undefined;
  trainingItem: ChoiceItem;
  codingYearsItem: ChoiceItem;
  healthcareYearsItem: ChoiceItem;
  degreeItem: ChoiceItem;
  years: Map<string, Map<string, number>>;
  skills: SkillRow[];
  skillPosition: Map<string, number>;
  skillWeightTotal: number;
  traits: TraitRow[];
  traitWeightTotal: number;
  agreementIds: string[];
  knowledge: { itemId: string; correct: string }[];
  /** Pairs of items keyed in opposite directions on the same trait. */
  opposedPairs: [string, string][];
  degrees: Map<string, DegreeRow>;
  bandsDescending: CareerProfile["scoring"]["bands"];
  bandRank: Map<BandId, number>;
  capsDescending: CareerProfile["scoring"]["bandCaps"];
  traitNames: Map<string, string>;
  skillNames: Map<string, string>;
  certificationRules: {
    rule: CareerProfile["recommendations"]["certifications"][number];
    certification: CareerProfile["content"]["certifications"][number];
  }[];
  courses: Map<MarketId, { reason: string; courseType: CareerProfile["content"]["courseTypes"][number] }>;
  salaries: Map<MarketId, SalaryTable>;
  generalChallenges: Set<string>;
}

const cache = new WeakMap<CareerProfile, ProfileIndex>();

function formatInr(value: number): string {
  return value.toLocaleString("en-IN");
}

function formatUsd(value: number): string {
  return value.toLocaleString("en-US");
}

function salaryTables(profile: CareerProfile): Map<MarketId, SalaryTable> {
  const { salaries } = profile.content;
  const india: SalaryTable = {
    currency: "INR",
    rows: salaries.india.map((row) => ({
      label: `${row.stage} (${row.experience})`,
      range: `₹${row.annualInrLakh.min}–${row.annualInrLakh.max}${row.annualInrLakh.openEnded ? "+" : ""} lakh a year`,
      monthly: `₹${formatInr(row.monthlyInr.min)}–${formatInr(row.monthlyInr.max)}${row.monthlyInr.openEnded ? "+" : ""} a month`,
      stageIds: row.stageIds,
    })),
    reason: "Indian salary ranges by career stage, in rupees; the highlighted row is the stage you can reach now.",
    note: salaries.note,
  };
  const usa: SalaryTable = {
    currency: "USD",
    rows: salaries.usa.map((row) => ({
      label: row.tier,
      range: `$${formatUsd(row.annualUsd.min)}${row.annualUsd.openEnded ? "+" : `–${formatUsd(row.annualUsd.max)}`} a year`,
      stageIds: row.stageIds,
      training: row.training,
    })),
    reason: "US salary ranges by tier, in dollars; the highlighted row is the tier you can reach now.",
    note: salaries.note,
  };
  const tables = { india, usa };
  return new Map(profile.recommendations.salaryTable.map((entry) => [entry.market, tables[entry.table]]));
}

export function indexProfile(profile: CareerProfile): ProfileIndex {
  const cached = cache.get(profile);
  if (cached) return cached;

  const choiceByRole = new Map<string, ChoiceItem>();
  const levelBySkill = new Map<string, LevelItem>();
  const agreement: AgreementItem[] = [];
  const knowledge: ProfileIndex["knowledge"] = [];
  const years = new Map<string, Map<string, number>>();
  for (const section of profile.questionnaire.sections) {
    for (const item of section.items) {
      if (item.kind === "choice") {
        choiceByRole.set(item.role, item);
        years.set(item.id, new Map(item.options.map((option) => [option.value, option.years ?? 0])));
      } else if (item.kind === "level") levelBySkill.set(item.skill, item);
      else if (item.kind === "agreement") agreement.push(item);
      else knowledge.push({ itemId: item.id, correct: item.correct });
    }
  }
  const role = (name: string) => {
    const item = choiceByRole.get(name);
    if (!item) throw new Error(`The questionnaire has no item with role "${name}"`);
    return item;
  };

  const { scoring } = profile;
  const skillWeightTotal = profile.skills.reduce((sum, skill) => sum + scoring.importanceWeights[skill.importance], 0);
  const calibrated = new Set(scoring.calibration.skills);
  const skills: SkillRow[] = profile.skills.map((skill) => {
    const item = levelBySkill.get(skill.id);
    if (!item) throw new Error(`The questionnaire has no level item for skill "${skill.id}"`);
    const importanceWeight = scoring.importanceWeights[skill.importance];
    const explanations: string[] = [];
    for (let selfRated = 0; selfRated <= 4; selfRated++) {
      for (let level = 0; level <= 4; level++) {
        const note =
          level < selfRated
            ? ` Counted as level ${level}, not ${selfRated}: the knowledge check suggested a lower level.`
            : level > selfRated
              ? ` Counted as level ${level}, not ${selfRated}: the knowledge check showed you know the basics.`
              : "";
        explanations[selfRated * 5 + level] =
          `Level ${level} of the ${skill.requiredLevel} needed (${skill.requiredLevelLabel}), importance ${skill.importance}.${note}`;
      }
    }
    return {
      skill,
      itemId: item.id,
      item,
      importanceWeight,
      calibrated: calibrated.has(skill.id),
      receiptWeight: (scoring.weights.skills * importanceWeight) / skillWeightTotal,
      factor: `Skill: ${skill.name}`,
      strength: `${skill.name} at the level the job needs`,
      explanations,
    };
  });

  const traitWeightTotal = profile.traits.reduce(
    (sum, trait) => sum + (trait.kind === "good-fit" ? scoring.traitWeights.goodFit : scoring.traitWeights.notIdeal),
    0,
  );
  const traits: TraitRow[] = profile.traits.map((trait) => {
    const goodFit = trait.kind === "good-fit";
    const weight = goodFit ? scoring.traitWeights.goodFit : scoring.traitWeights.notIdeal;
    const direction = goodFit ? "more" : "fewer";
    return {
      trait,
      goodFit,
      weight,
      receiptWeight: (scoring.weights.temperament * weight) / traitWeightTotal,
      factor: `${goodFit ? "Good-fit trait" : "Not-ideal trait"}: ${trait.name}`,
      explanations: Array.from(
        { length: 101 },
        (_, percent) => `Your answers show this trait at ${percent}%: the more it shows, the ${direction} points.`,
      ),
      keys: agreement.flatMap((item) =>
        item.keys.filter((key) => key.trait === trait.id).map((key) => ({ itemId: item.id, plus: key.keyed === "plus" })),
      ),
    };
  });

  const opposedPairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const row of traits) {
    for (const a of row.keys) {
      for (const b of row.keys) {
        const pairId = [a.itemId, b.itemId].sort().join("|");
        if (a.plus && !b.plus && !seen.has(pairId)) {
          seen.add(pairId);
          opposedPairs.push([a.itemId, b.itemId]);
        }
      }
    }
  }

  const backgrounds = new Map(profile.education.backgrounds.map((background) => [background.id, background]));
  const degrees = new Map<string, DegreeRow>();
  for (const background of profile.education.backgrounds) {
    degrees.set(background.id, {
      degreeId: background.id,
      degree: background.degree,
      background,
      adjustment: 0,
      score: background.fitScore,
      reason: background.reason,
      explanation: `${background.degree} has a fit score of ${background.fitScore}/100. ${background.reason}`,
      strength: `Your ${background.degree} background (fit score ${background.fitScore}/100)`,
    });
  }
  for (const other of profile.education.otherDegrees) {
    const background = backgrounds.get(other.mapsTo);
    if (!background) throw new Error(`Degree "${other.id}" maps to unknown background "${other.mapsTo}"`);
    const score = Math.min(100, Math.max(0, background.fitScore + other.fitAdjustment));
    const adjustmentText = other.fitAdjustment ? `, ${other.fitAdjustment > 0 ? "+" : ""}${other.fitAdjustment} for ${other.name}` : "";
    degrees.set(other.id, {
      degreeId: other.id,
      degree: other.name,
      background,
      adjustment: other.fitAdjustment,
      score,
      reason: other.reason,
      explanation: `Counted as ${background.degree} (fit score ${background.fitScore}/100${adjustmentText}). ${other.reason}`,
      strength: `Your ${other.name} background (fit score ${score}/100)`,
    });
  }

  const bandsDescending = [...scoring.bands].sort((a, b) => b.min - a.min);
  const certifications = new Map(profile.content.certifications.map((certification) => [certification.id, certification]));
  const courseTypes = new Map(profile.content.courseTypes.map((course) => [course.id, course]));
  const courses: ProfileIndex["courses"] = new Map();
  for (const rule of profile.recommendations.courses) {
    const courseType = courseTypes.get(rule.courseType);
    if (!courseType) continue;
    for (const market of rule.markets) if (!courses.has(market)) courses.set(market, { reason: rule.reason, courseType });
  }

  const index: ProfileIndex = {
    marketItem: role("market"),
    stageItem: choiceByRole.get("stage"),
    trainingItem: role("training"),
    codingYearsItem: role("coding-years"),
    healthcareYearsItem: role("healthcare-years"),
    degreeItem: role("background"),
    years,
    skills,
    skillPosition: new Map(skills.map((row, i) => [row.skill.id, i])),
    skillWeightTotal,
    traits,
    traitWeightTotal,
    agreementIds: agreement.map((item) => item.id),
    knowledge,
    opposedPairs,
    degrees,
    bandsDescending,
    bandRank: new Map(bandsDescending.map((band, i) => [band.id, i])),
    capsDescending: [...scoring.bandCaps].sort((a, b) => b.minStrongFlags - a.minStrongFlags),
    traitNames: new Map(profile.traits.map((trait) => [trait.id, trait.name])),
    skillNames: new Map(profile.skills.map((skill) => [skill.id, skill.name])),
    certificationRules: [...profile.recommendations.certifications]
      .sort((a, b) => a.priority - b.priority)
      .map((rule) => ({ rule, certification: certifications.get(rule.certification)! })),
    courses,
    salaries: salaryTables(profile),
    generalChallenges: new Set(profile.recommendations.generalChallenges),
  };
  cache.set(profile, index);
  return index;
}
