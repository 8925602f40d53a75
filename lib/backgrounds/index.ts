/**
 * View-model helpers for /backgrounds: every education background of a profile side by side.
 * Pure functions of the profile data (and, for the visitor's own figures, of a result): no I/O.
 * The profile's words come in the page's language (profileIn); the few sentences made here come
 * from the `backgrounds` messages through a translator.
 */
import type { PageWords } from "@/lib/i18n/page-words";
import type { CareerProfile } from "@/lib/profiles/schema";

type Background = CareerProfile["education"]["backgrounds"][number];
type LearningStep = CareerProfile["learningPath"][number];
type TypicalSkill = Background["typicalSkills"][number];

export const SORT_KEYS = ["fit", "name", "step"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = "fit";
export const MAX_COMPARE = 3;

/** A skill a background typically brings, against the level the job needs. */
export interface SkillLevelView {
  skillId: string;
  name: string;
  level: number;
  required: number;
  meets: boolean;
}

export interface StartStepView {
  step: number;
  focus: string;
  /** The skills (with typical and needed level) that this step builds and the background lacks. */
  missing: { skillId: string; name: string; level: number; atLeast: number }[];
}

export interface BackgroundRow {
  id: string;
  degree: string;
  fitScore: number;
  preferred: boolean;
  reason: string;
  alreadyHas: SkillLevelView[];
  /** The profile's must-add list, then each typical skill still below the level needed. */
  mustAdd: string[];
  start: StartStepView;
  firstRole: string;
}

export interface OtherDegreeView {
  id: string;
  name: string;
  backgroundId: string;
  background: string;
  fitAdjustment: number;
  reason: string;
}

/** Level of a skill in a list of typical skills; a skill not listed counts as 0. */
export function typicalLevel(typicalSkills: readonly TypicalSkill[], skillId: string): number {
  return typicalSkills.find((entry) => entry.skill === skillId)?.level ?? 0;
}

/**
 * The learning-path step someone with these skill levels would start at: the first step whose
 * `doneWhen` is not met (missing skills count as 0), or the last step when every step is met.
 * The same rule the scoring engine uses for a person's own answers.
 */
export function startStepFor(
  levelOf: (skillId: string) => number,
  learningPath: readonly LearningStep[],
  skillName: (skillId: string) => string = (id) => id,
): StartStepView {
  const firstOpen = learningPath.find((step) => step.doneWhen.some((rule) => levelOf(rule.skill) < rule.atLeast));
  const step = firstOpen ?? learningPath.at(-1)!;
  const missing = firstOpen
    ? firstOpen.doneWhen
        .filter((rule) => levelOf(rule.skill) < rule.atLeast)
        .map((rule) => ({ skillId: rule.skill, name: skillName(rule.skill), level: levelOf(rule.skill), atLeast: rule.atLeast }))
    : [];
  return { step: step.step, focus: step.focus, missing };
}

/** Typical skills named and compared with the level the job needs. */
export function alreadyHas(background: Background, profile: Pick<CareerProfile, "skills">): SkillLevelView[] {
  return background.typicalSkills.map((entry) => {
    const skill = profile.skills.find((candidate) => candidate.id === entry.skill);
    const required = skill?.requiredLevel ?? 0;
    return { skillId: entry.skill, name: skill?.name ?? entry.skill, level: entry.level, required, meets: entry.level >= required };
  });
}

/**
 * What the background must add: its `mustAdd` list, plus every typical skill below the level
 * needed ("Clinical Documentation Review: from level 1 to 2", worded by `t`).
 */
export function mustAddFor(background: Background, profile: Pick<CareerProfile, "skills">, t: PageWords<"backgrounds">): string[] {
  const below = alreadyHas(background, profile)
    .filter((skill) => !skill.meets)
    .map((skill) => t("mustAddSkill", { skill: skill.name, level: formatLevel(skill.level), required: formatLevel(skill.required) }));
  return [...background.mustAdd, ...below];
}

export function formatLevel(level: number): string {
  return Number.isInteger(level) ? String(level) : level.toFixed(1);
}

/** One row per background; `t` is the `backgrounds` messages' translator in the page's language. */
export function buildBackgroundRows(
  profile: Pick<CareerProfile, "skills" | "education" | "learningPath">,
  t: PageWords<"backgrounds">,
): BackgroundRow[] {
  const skillName = (id: string) => profile.skills.find((skill) => skill.id === id)?.name ?? id;
  return profile.education.backgrounds.map((background) => ({
    id: background.id,
    degree: background.degree,
    fitScore: background.fitScore,
    preferred: background.preferred,
    reason: background.reason,
    alreadyHas: alreadyHas(background, profile),
    mustAdd: mustAddFor(background, profile, t),
    start: startStepFor((id) => typicalLevel(background.typicalSkills, id), profile.learningPath, skillName),
    firstRole: background.typicalFirstRole,
  }));
}

export function buildOtherDegrees(profile: Pick<CareerProfile, "education">): OtherDegreeView[] {
  return profile.education.otherDegrees.map((degree) => ({
    id: degree.id,
    name: degree.name,
    backgroundId: degree.mapsTo,
    background: profile.education.backgrounds.find((background) => background.id === degree.mapsTo)?.degree ?? degree.mapsTo,
    fitAdjustment: degree.fitAdjustment,
    reason: degree.reason,
  }));
}

type QueryValue = string | string[] | undefined;

const first = (value: QueryValue) => (Array.isArray(value) ? value[0] : value);

/** `?sort=`: one of fit, name, step; anything else gives the default (fit). */
export function parseSort(value: QueryValue): SortKey {
  const raw = first(value);
  return (SORT_KEYS as readonly string[]).includes(raw ?? "") ? (raw as SortKey) : DEFAULT_SORT;
}

/**
 * `?compare=a,b,c` (or repeated `?compare=a&compare=b`): known ids only, each once, in the order
 * given, at most three.
 */
export function parseCompare(value: QueryValue, knownIds: readonly string[]): string[] {
  const raw = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const ids: string[] = [];
  for (const id of raw.flatMap((part) => part.split(",")).map((part) => part.trim())) {
    if (knownIds.includes(id) && !ids.includes(id)) ids.push(id);
    if (ids.length === MAX_COMPARE) break;
  }
  return ids;
}

/**
 * A sorted copy: fit (highest first), name (A–Z, in the order of `locale`'s alphabet) or starting
 * step (earliest first); ties by fit, then name.
 */
export function sortRows<T extends Pick<BackgroundRow, "degree" | "fitScore"> & { start: { step: number } }>(
  rows: readonly T[],
  sort: SortKey,
  locale = "en",
): T[] {
  const byName = (a: T, b: T) => a.degree.localeCompare(b.degree, locale);
  const byFit = (a: T, b: T) => b.fitScore - a.fitScore;
  const compare: Record<SortKey, (a: T, b: T) => number> = {
    fit: (a, b) => byFit(a, b) || byName(a, b),
    name: (a, b) => byName(a, b) || byFit(a, b),
    step: (a, b) => a.start.step - b.start.step || byFit(a, b) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** The page's URL for a sort and a compare selection (defaults left out, so links stay short). */
export function backgroundsHref({ sort, compare }: { sort: SortKey; compare: readonly string[] }, hash?: string): string {
  const params = new URLSearchParams();
  if (sort !== DEFAULT_SORT) params.set("sort", sort);
  if (compare.length) params.set("compare", compare.join(","));
  const query = params.toString().replace(/%2C/g, ",");
  return `/backgrounds${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/** Just what the page needs from a stored result to show the visitor's own figures. */
export interface OwnResultInput {
  education: { backgroundId: string; degree: string; fitScore: number };
  skills: { skillId: string; level: number }[];
  readiness: { learningStep: { step: number } };
}

export interface OwnFigures {
  backgroundId: string;
  degree: string;
  fitScore: number;
  startStep: number;
  /** The visitor's level in each skill the background typically brings, in the same order. */
  skills: { skillId: string; level: number }[];
}

/** The visitor's own figures for their background, or null when the result names none we list. */
export function ownFigures(result: OwnResultInput, rows: readonly Pick<BackgroundRow, "id" | "alreadyHas">[]): OwnFigures | null {
  const row = rows.find((candidate) => candidate.id === result.education.backgroundId);
  if (!row) return null;
  return {
    backgroundId: row.id,
    degree: result.education.degree,
    fitScore: result.education.fitScore,
    startStep: result.readiness.learningStep.step,
    skills: row.alreadyHas.map((skill) => ({
      skillId: skill.skillId,
      level: result.skills.find((own) => own.skillId === skill.skillId)?.level ?? 0,
    })),
  };
}

/** True when a fetched JSON body looks like `{ result: OwnResultInput }`. */
export function isOwnResultBody(body: unknown): body is { result: OwnResultInput } {
  if (!body || typeof body !== "object" || !("result" in body)) return false;
  const result = (body as { result: unknown }).result as Partial<OwnResultInput> | null;
  return Boolean(
    result &&
      typeof result.education?.backgroundId === "string" &&
      typeof result.education.fitScore === "number" &&
      Array.isArray(result.skills) &&
      typeof result.readiness?.learningStep?.step === "number",
  );
}
