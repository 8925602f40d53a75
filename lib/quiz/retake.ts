/**
 * Starting a retake from an earlier result: its answers, cleaned for the current questionnaire
 * (answers to questions that changed are dropped and simply asked again), and the link back.
 */
import type { Questionnaire } from "@/lib/profiles/questionnaire-schema";
import { fetchAssessment } from "@/lib/results/api";
import { emptyProgress, parseProgress, type QuizProgress } from "./storage";

export type RetakeOutcome = { kind: "ready"; progress: QuizProgress } | { kind: "missing" } | { kind: "failed" };

/** Progress on the first step with the earlier answers filled in and `previousId` set. */
export function retakeProgress(questionnaire: Questionnaire, previousId: string, answers: unknown, submissionKey = ""): QuizProgress {
  const cleaned = parseProgress(JSON.stringify({ answers, step: 0 }), questionnaire) ?? emptyProgress(questionnaire);
  return { ...emptyProgress(questionnaire), submissionKey, answers: cleaned.answers, step: 0, previousId };
}

/** Fetches the earlier result's answers through the API. Never throws. */
export async function loadRetake(
  questionnaire: Questionnaire,
  previousId: string,
  options: { submissionKey?: string; fetchImpl?: typeof fetch } = {},
): Promise<RetakeOutcome> {
  const outcome = await fetchAssessment(previousId, { fetchImpl: options.fetchImpl });
  if (outcome.kind !== "found") return outcome;
  return { kind: "ready", progress: retakeProgress(questionnaire, outcome.assessment.id, outcome.assessment.answers, options.submissionKey) };
}
