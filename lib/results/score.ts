/**
 * Scores answers and words the result in one language: the engine's facts (lib/scoring) through
 * describeResult. Throws InvalidAnswersError (naming each question) when the answers do not match.
 */
import type { CareerProfile } from "@/lib/profiles/schema";
import { scoreAnswers } from "@/lib/scoring/engine";
import { describeResult } from "./describe";
import type { AssessmentResult } from "./types";

export function scoreAssessment(profile: CareerProfile, input: unknown, locale = "en"): AssessmentResult {
  return describeResult(profile, scoreAnswers(profile, input), locale);
}
