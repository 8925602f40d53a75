/**
 * The profile's names the counsellor's pages show for the ids a result row carries (band, skills,
 * not-ideal flags, background), in the page's language. The server takes them from the profile in
 * that language (`profileIn`) and hands them down as plain records, so browser code never loads
 * every language's profile words. Pure, and browser-safe.
 */
import type { CareerProfile } from "@/lib/profiles/schema";

export interface ProfileNames {
  bands: Record<string, string>;
  skills: Record<string, string>;
  /** Every trait's name; a row's not-ideal flags are trait ids. */
  traits: Record<string, string>;
  backgrounds: Record<string, string>;
  /**
   * A row's degree comes from the API as the profile's English name ("B.Com"), not as an id: the
   * same degree's name in this language, by that English name.
   */
  degrees: Record<string, string>;
}

function degreeOptions(profile: CareerProfile): Map<string, string> {
  const items = profile.questionnaire.sections.flatMap((section) => section.items);
  const degree = items.find((item) => item.kind === "choice" && item.role === "background");
  return new Map(degree && degree.kind === "choice" ? degree.options.map((option) => [String(option.value), option.label]) : []);
}

/** `profile` in the page's language; `english` the same profile as stored (the names rows carry). */
export function profileNames(profile: CareerProfile, english: CareerProfile = profile): ProfileNames {
  const localDegrees = degreeOptions(profile);
  const degrees: Record<string, string> = {};
  for (const [value, label] of degreeOptions(english)) degrees[label] = localDegrees.get(value) ?? label;
  return {
    bands: Object.fromEntries(profile.scoring.bands.map((band) => [band.id, band.label])),
    skills: Object.fromEntries(profile.skills.map((skill) => [skill.id, skill.name])),
    traits: Object.fromEntries(profile.traits.map((trait) => [trait.id, trait.name])),
    backgrounds: Object.fromEntries(profile.education.backgrounds.map((background) => [background.id, background.degree])),
    degrees,
  };
}

/** Look-ups over the names that fall back to the id (or the English name) for anything unknown. */
export function namers(names: ProfileNames) {
  return {
    band: (id: string) => names.bands[id] ?? id,
    skill: (id: string) => names.skills[id] ?? id,
    flag: (id: string) => names.traits[id] ?? id,
    background: (id: string) => names.backgrounds[id] ?? id,
    degree: (englishName: string) => names.degrees[englishName] ?? englishName,
  };
}

export type Namers = ReturnType<typeof namers>;
