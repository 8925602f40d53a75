/** Step 5: fit signals and the band, which strong not-ideal flags may hold down. */
import type { BandId, CareerProfile } from "../../profiles/schema";
import type { ProfileIndex } from "../profile-index";
import type { ScoredTrait } from "../types";

export interface BandStep {
  band: BandId;
  uncapped: BandId;
  capped: boolean;
  /** Good-fit traits the answers show, strongest first. */
  matched: ScoredTrait[];
  /** Not-ideal traits raised or strong, strongest first (their `strength` is set). */
  flags: ScoredTrait[];
  strongFlags: ScoredTrait[];
}

export function pickBand(profile: CareerProfile, index: ProfileIndex, overall: number, traits: ScoredTrait[]): BandStep {
  const rules = profile.scoring.traits;
  const matched: ScoredTrait[] = [];
  const flags: ScoredTrait[] = [];
  for (const signal of traits) {
    if (signal.kind === "good-fit" && signal.score >= rules.matchedAt) matched.push(signal);
    if (signal.kind === "not-ideal" && signal.score >= rules.flagRaisedAt) {
      signal.strength = signal.score >= rules.flagStrongAt ? "strong" : "raised";
      flags.push(signal);
    }
  }
  matched.sort((a, b) => b.score - a.score);
  flags.sort((a, b) => b.score - a.score);
  const strongFlags = flags.filter((flag) => flag.strength === "strong");
  const uncapped = index.bandsDescending.find((band) => overall >= band.min) ?? index.bandsDescending.at(-1)!;
  const cap = index.capsDescending.find((rule) => strongFlags.length >= rule.minStrongFlags);
  const capped = cap !== undefined && index.bandRank.get(cap.maxBand)! > index.bandRank.get(uncapped.id)!;
  const band = capped ? index.bandsDescending[index.bandRank.get(cap.maxBand)!]! : uncapped;
  return { band: band.id, uncapped: uncapped.id, capped, matched, flags, strongFlags };
}
