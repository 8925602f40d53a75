/**
 * Results in a language on the server, where every language's words are at hand: scoring in one
 * (`scoreIn`) and a stored result read in one (`storedResultIn`).
 */
import { profileIn } from "@/lib/i18n/profiles";
import type { CareerProfile } from "@/lib/profiles/schema";
import { SCORING_VERSION } from "@/lib/scoring/engine";
import { scoreAssessment } from "./score";
import type { AssessmentResult } from "./types";

/** Scores answers and words the result in `locale`, the profile's own words included. */
export function scoreIn(profile: CareerProfile, input: unknown, locale: string): AssessmentResult {
  return scoreAssessment(profileIn(profile, locale), input, locale);
}

/**
 * A stored result in `locale`. English is the words stored with it. Another language re-scores
 * the stored answers and words them in that language when the same scoring version and profile
 * version made the stored result (so the figures are the same); an older result keeps its stored
 * words, which still render.
 */
export function storedResultIn(
  profile: CareerProfile,
  stored: { answers: unknown; result: AssessmentResult },
  locale: string,
): { result: AssessmentResult; locale: string } {
  const { result } = stored;
  if (locale === "en" || result.scoringVersion !== SCORING_VERSION || result.profileVersion !== profile.version) {
    return { result, locale: "en" };
  }
  return { result: scoreIn(profile, stored.answers, locale), locale };
}
