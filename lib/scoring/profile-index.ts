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
}

export interface TraitRow {
  trait: CareerProfile["traits"][number];
  keys: { itemId: string; plus: boolean }[];
  goodFit: boolean;
  weight: number;
  receiptWeight: number;
}

export interface DegreeRow {
  degreeId: string;
  background: CareerProfile["education"]["backgrounds"][number];
  /** The degree's own entry when it is one of the profile's other degrees mapped onto a background. */
  other: CareerProfile["education"]["otherDegrees"][number] | undefined;
  adjustment: number;
  score: number;
}

/** Which salary table a market shows, and per row the stages (and US training) it is reachable at. */
export interface SalaryTable {
  table: "india" | "usa";
  rows: { stageIds: string[]; training?: Training[] }[];
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
  certificationRules: {
    rule: CareerProfile["recommendations"]["certifications"][number];
    /** The rule's position in the profile's list (how the result names it). */
    position: number;
    certification: CareerProfile["content"]["certifications"][number];
  }[];
  courses: Map<MarketId, { reason: string; courseType: CareerProfile["content"]["courseTypes"][number] }>;
  salaries: Map<MarketId, SalaryTable>;
  generalChallenges: Set<string>;
}

const cache = new WeakMap<CareerProfile, ProfileIndex>();

function salaryTables(profile: CareerProfile): Map<MarketId, SalaryTable> {
  const { salaries } = profile.content;
  const tables: Record<SalaryTable["table"], SalaryTable> = {
    india: { table: "india", rows: salaries.india.map((row) => ({ stageIds: row.stageIds })) },
    usa: { table: "usa", rows: salaries.usa.map((row) => ({ stageIds: row.stageIds, training: row.training })) },
  };
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
    return {
      skill,
      itemId: item.id,
      item,
      importanceWeight,
      calibrated: calibrated.has(skill.id),
      receiptWeight: (scoring.weights.skills * importanceWeight) / skillWeightTotal,
    };
  });

  const traitWeightTotal = profile.traits.reduce(
    (sum, trait) => sum + (trait.kind === "good-fit" ? scoring.traitWeights.goodFit : scoring.traitWeights.notIdeal),
    0,
  );
  const traits: TraitRow[] = profile.traits.map((trait) => {
    const goodFit = trait.kind === "good-fit";
    const weight = goodFit ? scoring.traitWeights.goodFit : scoring.traitWeights.notIdeal;
    return {
      trait,
      goodFit,
      weight,
      receiptWeight: (scoring.weights.temperament * weight) / traitWeightTotal,
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
    degrees.set(background.id, { degreeId: background.id, background, other: undefined, adjustment: 0, score: background.fitScore });
  }
  for (const other of profile.education.otherDegrees) {
    const background = backgrounds.get(other.mapsTo);
    if (!background) throw new Error(`Degree "${other.id}" maps to unknown background "${other.mapsTo}"`);
    const score = Math.min(100, Math.max(0, background.fitScore + other.fitAdjustment));
    degrees.set(other.id, { degreeId: other.id, background, other, adjustment: other.fitAdjustment, score });
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
    certificationRules: profile.recommendations.certifications
      .map((rule, position) => ({ rule, position, certification: certifications.get(rule.certification)! }))
      .sort((a, b) => a.rule.priority - b.rule.priority),
    courses,
    salaries: salaryTables(profile),
    generalChallenges: new Set(profile.recommendations.generalChallenges),
  };
  cache.set(profile, index);
  return index;
}
