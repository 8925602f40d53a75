/**
 * Small look-ups over a profile's data that the engine and the report both need for a plan, so
 * the two cannot disagree about which job titles a market uses or which credentials are advanced.
 */
import type { QuestionnaireItem } from "./questionnaire-schema";
import type { CareerProfile, MarketId, Skill } from "./schema";

export type ProfileMarket = CareerProfile["content"]["markets"][number];

export function profileMarket(profile: CareerProfile, market: MarketId): ProfileMarket | undefined {
  return profile.content.markets.find((entry) => entry.id === market);
}

/**
 * Job titles for a progression stage in a market: the market's own titles where it lists any
 * (none for a stage it leaves out), otherwise the profile's titles for the stage.
 */
export function marketRoles(profile: CareerProfile, market: MarketId, stageId: string): string[] {
  const own = profileMarket(profile, market)?.roles;
  if (own?.length) return own.find((entry) => entry.stage === stageId)?.roles ?? [];
  return profile.progression.find((stage) => stage.id === stageId)?.roles ?? [];
}

/** The profile's preferred graduate degrees, best fit first: the degrees that lead to the career. */
export function preferredDegrees(profile: CareerProfile): string[] {
  return profile.education.backgrounds
    .filter((background) => background.level === "graduate" && background.preferred)
    .sort((a, b) => b.fitScore - a.fitScore)
    .map((background) => background.degree);
}

/** Credential levels an experienced, certified coder adds; entry and core credentials are behind them. */
const ADVANCED_LEVELS = new Set(["advanced", "specialty", "degree-based"]);

export function isAdvancedCredential(profile: CareerProfile, certificationId: string): boolean {
  const level = profile.content.certifications.find((certification) => certification.id === certificationId)?.level;
  return level !== undefined && ADVANCED_LEVELS.has(level);
}

/**
 * A skill as a person in `market` reads it: the name and use of its code set there (the UK codes
 * procedures in OPCS-4, Canada in CCI). Id, levels and importance are untouched, so scoring is too.
 */
export function skillInMarket(skill: Skill, market: string | undefined): Skill {
  const words = market ? skill.byMarket?.[market as MarketId] : undefined;
  if (!words) return skill;
  return { ...skill, name: words.name ?? skill.name, usedFor: words.usedFor };
}

/**
 * The profile's skill names that read differently in `market`, as [usual name, market name]
 * pairs, for text written with the usual names (the engine's strengths and warnings).
 */
export function marketSkillNames(profile: Pick<CareerProfile, "skills">, market: string | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const skill of profile.skills) {
    const name = skillInMarket(skill, market).name;
    if (name !== skill.name) pairs.push([skill.name, name]);
  }
  return pairs;
}

/** `text` with each usual skill name replaced by its name in the market (see marketSkillNames). */
export function renameSkills(text: string, pairs: readonly [string, string][]): string {
  return pairs.reduce((out, [usual, market]) => out.split(usual).join(market), text);
}

/**
 * A question with its words for `market` (its `byMarket` entry): prompt, help, option labels and
 * explanation. Ids, option values and everything scoring reads stay as they are.
 */
export function itemInMarket<T extends QuestionnaireItem>(item: T, market: string | undefined): T {
  const words = market ? item.byMarket?.[market] : undefined;
  if (!words) return item;
  const next: QuestionnaireItem = { ...item, prompt: words.prompt ?? item.prompt, help: words.help ?? item.help };
  const labels = words.options ?? {};
  const relabel = <O extends { value: string; label: string }>(option: O): O =>
    labels[option.value] ? { ...option, label: labels[option.value]! } : option;
  if (next.kind === "choice") next.options = next.options.map(relabel);
  if (next.kind === "knowledge") {
    next.options = next.options.map(relabel);
    if (words.explanation) next.explanation = words.explanation;
  }
  return next as T;
}

/** The market a person chose, from answers keyed by item id (the item whose role is "market"). */
export function answeredMarket(
  questionnaire: { sections: readonly { items: readonly QuestionnaireItem[] }[] },
  answers: Readonly<Record<string, unknown>>,
): string | undefined {
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      if (item.kind === "choice" && item.role === "market") {
        const value = answers[item.id];
        return typeof value === "string" ? value : undefined;
      }
    }
  }
  return undefined;
}
