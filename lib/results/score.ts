/**
 * Scores answers and words the result in one language: the engine's facts (lib/scoring) through
 * describeResult, with the profile's own words in that language (lib/i18n/profiles.ts). Throws
 * InvalidAnswersError (naming each question) when the answers do not match.
 */
import { profileIn } from "@/lib/i18n/profiles";
import type { CareerProfile } from "@/lib/profiles/schema";
import { SCORING_VERSION, scoreAnswers } from "@/lib/scoring/engine";
import { describeResult } from "./describe";
import type { AssessmentResult } from "./types";

export function scoreAssessment(profile: CareerProfile, input: unknown, locale = "en"): AssessmentResult {
  return describeResult(profileIn(profile, locale), scoreAnswers(profile, input), locale);
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
  return { result: scoreAssessment(profile, stored.answers, locale), locale };
}
