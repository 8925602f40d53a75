/**
 * "What if…": changes a person can actually make (another degree, a finished course or a
 * certification, a year in a healthcare role, a skill raised) applied to their stored answers,
 * and a plain-words account of what each change moved. Pure: the report's panel runs this in the
 * browser with the same scoring engine the server used. Temperament and knowledge answers are
 * never changed here: they describe the person, they are not steps to take.
 *
 * Words come from the `whatIf` messages through `t` (`useTranslations("whatIf")` in the panel,
 * `pageWords(locale, "whatIf")` elsewhere); names (degrees, skills, bands) from the profile and
 * results passed in, so pass the profile in the page's language (`profileIn`).
 */
import { z } from "zod";
import type { PageWords } from "../i18n/page-words";
import type { CareerProfile, Training } from "../profiles/schema";
import type { ChoiceItem } from "../profiles/questionnaire-schema";
import type { Answers } from "../scoring/answers";
import type { ComponentId } from "../scoring/types";
import type { AssessmentResult } from "../results/types";

export const DEGREE_ITEM = "education.degree";
export const TRAINING_ITEM = "about.training";
export const HEALTHCARE_ITEM = "about.healthcare-years";
export const skillItem = (skillId: string) => `skills.${skillId}`;

/** What the what-if's words are read with: a translator of the `whatIf` messages. */
export type WhatIfWords = PageWords<"whatIf">;

/** The planned training steps, in order: finishing a course, then earning CPC or CCA. */
export const TRAINING_STEPS = ["course-completed", "certified"] as const;
export type TrainingStep = (typeof TRAINING_STEPS)[number];
/**
 * "Earn CPC or CCA", or the market's own credential step: the UK's coders qualify with the NCCQ,
 * Canada's with CCHIM's exams (`whatIf.steps.credential`, chosen by market).
 */
export function credentialStepLabel(market: string | undefined, t: WhatIfWords): string {
  return t("steps.credential", { market: market ?? "other" });
}
/** "Finish a certificate course", or the credential step. */
export function trainingStepLabel(step: TrainingStep, market: string | undefined, t: WhatIfWords): string {
  return step === "certified" ? credentialStepLabel(market, t) : t("steps.course");
}
const TRAINING_ORDER: Training[] = ["none", "self-study", "course-in-progress", "course-completed", "certified"];
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;

export interface Scenario {
  background?: string;
  training?: TrainingStep;
  healthcareYearPlus?: true;
  skills?: Record<string, number>;
}

/** The answer wording and ids the what-if needs from a profile's questionnaire. */
export interface WhatIfOptions {
  degrees: { value: string; label: string }[];
  healthcareBuckets: { value: string; label: string; years: number }[];
  trainingLabels: Map<string, string>;
  skills: { id: string; name: string; importance: string; importanceWeight: number; anchors: string[] }[];
}

const optionsCache = new WeakMap<CareerProfile, WhatIfOptions>();

function choiceItem(profile: CareerProfile, id: string): ChoiceItem {
  for (const section of profile.questionnaire.sections) {
    for (const item of section.items) if (item.id === id && item.kind === "choice") return item;
  }
  throw new Error(`The questionnaire has no choice item ${id}`);
}

export function whatIfOptions(profile: CareerProfile): WhatIfOptions {
  const cached = optionsCache.get(profile);
  if (cached) return cached;
  const levelItems = new Map<string, string[]>();
  for (const section of profile.questionnaire.sections) {
    for (const item of section.items) if (item.kind === "level") levelItems.set(item.skill, [...item.anchors]);
  }
  const options: WhatIfOptions = {
    degrees: choiceItem(profile, DEGREE_ITEM).options.map(({ value, label }) => ({ value: String(value), label })),
    healthcareBuckets: choiceItem(profile, HEALTHCARE_ITEM).options.map(({ value, label, years }) => ({
      value: String(value),
      label,
      years: years ?? 0,
    })),
    trainingLabels: new Map(choiceItem(profile, TRAINING_ITEM).options.map(({ value, label }) => [String(value), label])),
    skills: profile.skills
      .filter((skill) => levelItems.has(skill.id))
      .map((skill) => ({
        id: skill.id,
        name: skill.name,
        importance: skill.importance,
        importanceWeight: profile.scoring.importanceWeights[skill.importance],
        anchors: levelItems.get(skill.id)!,
      })),
  };
  optionsCache.set(profile, options);
  return options;
}

const schemaCache = new WeakMap<CareerProfile, z.ZodType<Scenario>>();

/**
 * The shape of a scenario for one profile: only known degrees, steps and skills, levels 0–4. Its
 * issues carry no words: scenarioProblem says what is wrong, in the page's language.
 */
export function scenarioSchemaFor(profile: CareerProfile): z.ZodType<Scenario> {
  const cached = schemaCache.get(profile);
  if (cached) return cached;
  const options = whatIfOptions(profile);
  const degreeIds = options.degrees.map((degree) => degree.value) as [string, ...string[]];
  const skillShape: Record<string, z.ZodOptional<z.ZodNumber>> = {};
  for (const skill of options.skills) skillShape[skill.id] = z.number().int().min(MIN_LEVEL).max(MAX_LEVEL).optional();
  const schema = z
    .object({
      background: z.enum(degreeIds).optional(),
      training: z.enum(TRAINING_STEPS).optional(),
      healthcareYearPlus: z.literal(true).optional(),
      skills: z.strictObject(skillShape).optional(),
    })
    .strict() as unknown as z.ZodType<Scenario>;
  schemaCache.set(profile, schema);
  return schema;
}

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** "This what-if link has been changed or is incomplete: " and what is wrong with it. */
export const linkProblem = (detail: string, t: WhatIfWords) => t("link.problem", { detail });

/** What is wrong with a scenario, from the first issue scenarioSchemaFor found (a path in the scenario's own keys). */
export function scenarioProblem(issue: z.core.$ZodIssue, profile: CareerProfile, t: WhatIfWords): string {
  if (issue.code === "unrecognized_keys") return t("link.unknownChange", { count: issue.keys.length, keys: issue.keys.join(", ") });
  const [field, skillId] = issue.path;
  if (field === "background") return t("link.background");
  if (field === "training") return t("link.training");
  if (field === "healthcareYearPlus") return t("link.healthcareYear");
  if (field === "skills" && typeof skillId === "string") {
    const name = whatIfOptions(profile).skills.find((skill) => skill.id === skillId)?.name ?? skillId;
    return t("link.skillLevel", { skill: name, min: String(MIN_LEVEL), max: String(MAX_LEVEL) });
  }
  if (field === "skills") return t("link.skillsShape");
  return t("link.noChanges");
}

/**
 * Validates a scenario against the profile and this person's answers: only known values, and
 * only steps forward (a skill may not go below the answer given, a step already taken is not offered).
 */
export function checkScenario(profile: CareerProfile, answers: Answers, input: unknown, t: WhatIfWords): ScenarioCheck {
  const parsed = scenarioSchemaFor(profile).safeParse(input);
  if (!parsed.success) return { ok: false, message: linkProblem(scenarioProblem(parsed.error.issues[0]!, profile, t), t) };
  const scenario = parsed.data;
  const options = whatIfOptions(profile);
  if (scenario.training) {
    const current = TRAINING_ORDER.indexOf(answers[TRAINING_ITEM] as Training);
    if (TRAINING_ORDER.indexOf(scenario.training) <= current) {
      return { ok: false, message: linkProblem(t("link.stepTaken"), t) };
    }
  }
  if (scenario.healthcareYearPlus) {
    const buckets = options.healthcareBuckets.map((bucket) => bucket.value);
    if (buckets.indexOf(String(answers[HEALTHCARE_ITEM])) >= buckets.length - 1) {
      return { ok: false, message: linkProblem(t("link.healthcareTop"), t) };
    }
  }
  for (const [skillId, level] of Object.entries(scenario.skills ?? {})) {
    const current = Number(answers[skillItem(skillId)] ?? 0);
    if (level < current) {
      const name = options.skills.find((skill) => skill.id === skillId)!.name;
      return { ok: false, message: linkProblem(t("link.lowered", { skill: name, level: String(current) }), t) };
    }
  }
  return { ok: true, scenario };
}

/** The changed answers: a new object, the stored answers are never touched. */
export function applyScenario(answers: Answers, scenario: Scenario, profile?: CareerProfile): Answers {
  const next: Answers = { ...answers };
  if (scenario.background) next[DEGREE_ITEM] = scenario.background;
  if (scenario.training) next[TRAINING_ITEM] = scenario.training;
  if (scenario.healthcareYearPlus) {
    const buckets = profile
      ? whatIfOptions(profile).healthcareBuckets.map((bucket) => bucket.value)
      : ["none", "under-1", "1-2", "3-plus"];
    const at = buckets.indexOf(String(answers[HEALTHCARE_ITEM]));
    next[HEALTHCARE_ITEM] = buckets[Math.min(at + 1, buckets.length - 1)]!;
  }
  for (const [skillId, level] of Object.entries(scenario.skills ?? {})) {
    const id = skillItem(skillId);
    next[id] = Math.max(Number(answers[id] ?? 0), level);
  }
  return next;
}

/** Drops no-op parts (a skill at its current level, the degree already given) so links stay short. */
export function normaliseScenario(answers: Answers, scenario: Scenario): Scenario {
  const out: Scenario = {};
  if (scenario.background && scenario.background !== answers[DEGREE_ITEM]) out.background = scenario.background;
  if (scenario.training) out.training = scenario.training;
  if (scenario.healthcareYearPlus) out.healthcareYearPlus = true;
  const skills = Object.entries(scenario.skills ?? {}).filter(([skillId, level]) => level > Number(answers[skillItem(skillId)] ?? 0));
  if (skills.length) out.skills = Object.fromEntries(skills);
  return out;
}

export const isEmptyScenario = (scenario: Scenario) =>
  !scenario.background && !scenario.training && !scenario.healthcareYearPlus && !Object.keys(scenario.skills ?? {}).length;

export interface DiffLine {
  key: string;
  /** Points this change moved on the overall score (0 for steps that change next steps only). */
  points: number;
  text: string;
}

export interface NextStepChange {
  kind: "learning-step" | "stage" | "certifications" | "first-roles";
  label: string;
  before: string;
  after: string;
}

export interface ScenarioDiff {
  overall: { before: number; after: number; delta: number };
  components: { id: ComponentId; label: string; before: number; after: number; delta: number }[];
  band: { before: { id: string; label: string }; after: { id: string; label: string }; changed: boolean };
  lines: DiffLine[];
  nextSteps: NextStepChange[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
/** "+6.0", "−1.5", "0.0". */
export const formatPoints = (points: number) => {
  const value = round1(points);
  return value > 0 ? `+${value.toFixed(1)}` : value < 0 ? `\u2212${Math.abs(value).toFixed(1)}` : "0.0";
};

const pointsByFactor = (result: AssessmentResult, component: ComponentId) =>
  new Map(result.receipt.filter((line) => line.component === component).map((line) => [line.factorId, line.points]));

const IMPORTANCE_KEYS = { high: "high", "medium-high": "mediumHigh", medium: "medium", low: "low" } as const;

/** "high", "medium-high" for an importance id, in the page's language. */
function importanceWord(importance: string, t: WhatIfWords): string {
  const key = IMPORTANCE_KEYS[importance as keyof typeof IMPORTANCE_KEYS];
  return key ? t(`diff.importance.${key}`) : importance;
}

/** Explains, change by change, how the scenario moved the score, the band and the next steps, in `t`'s language. */
export function scenarioDiff(
  before: AssessmentResult,
  after: AssessmentResult,
  scenario: Scenario,
  profile: CareerProfile,
  t: WhatIfWords,
): ScenarioDiff {
  const options = whatIfOptions(profile);
  const lines: DiffLine[] = [];
  let explained = 0;

  if (scenario.background) {
    const was = before.receipt.find((line) => line.component === "education")!;
    const now = after.receipt.find((line) => line.component === "education")!;
    const points = round1(now.points - was.points);
    explained += points;
    lines.push({
      key: "background",
      points,
      text: t("diff.background", {
        points: formatPoints(points),
        from: before.education.degree,
        to: after.education.degree,
        was: String(was.value),
        now: String(now.value),
        weight: now.weight.toFixed(2),
      }),
    });
  }

  const skillsBefore = pointsByFactor(before, "skills");
  const skillsAfter = pointsByFactor(after, "skills");
  for (const skill of options.skills) {
    const target = scenario.skills?.[skill.id];
    if (target === undefined) continue;
    const was = before.skills.find((entry) => entry.skillId === skill.id)!;
    const now = after.skills.find((entry) => entry.skillId === skill.id)!;
    if (now.selfRated === was.selfRated) continue;
    const points = round1((skillsAfter.get(skill.id) ?? 0) - (skillsBefore.get(skill.id) ?? 0));
    explained += points;
    const counted = now.level !== now.selfRated ? t("diff.counted", { level: String(now.level) }) : "";
    const required = now.selfRated >= now.requiredLevel ? t("diff.required") : "";
    lines.push({
      key: `skill:${skill.id}`,
      points,
      // The result's own name for the skill: the report renames it for the person's market.
      text: t("diff.skill", {
        points: formatPoints(points),
        skill: now.name,
        from: String(was.selfRated),
        to: String(now.selfRated),
        importance: importanceWord(skill.importance, t),
        weight: skill.importanceWeight.toFixed(1),
        counted,
        required,
      }),
    });
  }

  if (scenario.training) {
    lines.push({
      key: "training",
      points: 0,
      text: t("diff.training", { points: formatPoints(0), step: trainingStepLabel(scenario.training, after.market, t) }),
    });
  }
  if (scenario.healthcareYearPlus) {
    const years = (value: number) =>
      (options.healthcareBuckets.find((bucket) => bucket.years === value)?.label ?? t("diff.years", { count: String(value) })).toLowerCase();
    lines.push({
      key: "healthcare",
      points: 0,
      text: t("diff.healthcare", {
        points: formatPoints(0),
        from: years(before.readiness.healthcareYears),
        to: years(after.readiness.healthcareYears),
      }),
    });
  }

  const delta = round1(after.overall - before.overall);
  const rest = round1(delta - explained);
  if (rest !== 0) {
    lines.push({
      key: "rounding",
      points: rest,
      text: t("diff.rounding", { points: formatPoints(rest) }),
    });
  }

  const nextSteps: NextStepChange[] = [];
  const stepText = (result: AssessmentResult) =>
    t("next.step", { step: String(result.readiness.learningStep.step), focus: result.readiness.learningStep.focus });
  if (stepText(before) !== stepText(after)) {
    nextSteps.push({ kind: "learning-step", label: t("next.learningStep"), before: stepText(before), after: stepText(after) });
  }
  if (before.readiness.stage.id !== after.readiness.stage.id) {
    nextSteps.push({ kind: "stage", label: t("next.stage"), before: before.readiness.stage.stage, after: after.readiness.stage.stage });
  }
  const certs = (result: AssessmentResult) => result.recommendations.certifications.map((cert) => cert.code).join(", ") || t("next.noneYet");
  if (certs(before) !== certs(after)) {
    nextSteps.push({ kind: "certifications", label: t("next.certifications"), before: certs(before), after: certs(after) });
  }
  const roles = (result: AssessmentResult) => result.recommendations.firstRoles.roles.join(", ");
  if (roles(before) !== roles(after)) {
    nextSteps.push({ kind: "first-roles", label: t("next.firstRoles"), before: roles(before), after: roles(after) });
  }

  const ids: ComponentId[] = ["education", "skills", "temperament"];
  return {
    overall: { before: before.overall, after: after.overall, delta },
    components: ids.map((id) => ({
      id,
      label: after.components[id].label,
      before: before.components[id].score,
      after: after.components[id].score,
      delta: round1(after.components[id].score - before.components[id].score),
    })),
    band: {
      before: { id: before.band.id, label: before.band.label },
      after: { id: after.band.id, label: after.band.label },
      changed: before.band.id !== after.band.id,
    },
    lines,
    nextSteps,
  };
}
