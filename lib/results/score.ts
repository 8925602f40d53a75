/**
 * Scores answers and words the result in one language: the engine's facts (lib/scoring) through
 * describeResult, with the profile's own words in that language (lib/i18n/profiles.ts). Throws
 * InvalidAnswersError (naming each question) when the answers do not match.
 */
import { profileIn } from "@/lib/i18n/profiles";
import type { CareerProfile } from "@/lib/profiles/schema";
import { scoreAnswers } from "@/lib/scoring/engine";
import { describeResult } from "./describe";
import type { AssessmentResult } from "./types";

export function scoreAssessment(profile: CareerProfile, input: unknown, locale = "en"): AssessmentResult {
  return describeResult(profileIn(profile, locale), scoreAnswers(profile, input), locale);
}
