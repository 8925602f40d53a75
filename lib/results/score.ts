/**
 * Scores answers and words the result in one language: the engine's facts (lib/scoring) through
 * describeResult. Names come from the profile passed in, so for a language other than English
 * pass that language's copy (`profileIn`, or `scoreIn` in lib/results/stored.ts, which does both
 * on the server). Throws InvalidAnswersError (naming each question) when the answers do not match.
 * Imports no translations of the profile, so the browser bundles that score (what-if) stay small.
 */
import type { CareerProfile } from "@/lib/profiles/schema";
import { scoreAnswers } from "@/lib/scoring/engine";
import { describeResult } from "./describe";
import type { AssessmentResult } from "./types";

export function scoreAssessment(profile: CareerProfile, input: unknown, locale = "en"): AssessmentResult {
  return describeResult(profile, scoreAnswers(profile, input), locale);
}
