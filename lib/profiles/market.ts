/**
 * Small look-ups over a profile's data that the engine and the report both need for a plan, so
 * the two cannot disagree about which job titles a market uses or which credentials are advanced.
 */
import type { CareerProfile, MarketId } from "./schema";

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
