import { absoluteUrl, readJsonBody, jsonResponse, withApi } from "@/lib/api/route";
import { createAssessment } from "@/lib/assessments/service";
import { enforceRateLimit } from "@/lib/rate-limit";
import { shareByInvite, type ShareOutcome } from "@/lib/shares/service";

/**
 * Scores and stores a submission: 201 with the new record, 200 when the submission key was
 * seen before (the same record), 422 with the field issues for invalid input. The reply's
 * `ownerKey` is what deleting, sharing and retaking need later (send your own `ownerKey` to keep
 * it across retries); a replay gets it back only when it sent the same key. With `share` (an
 * invite token, a name and consent: true) the result is also shared with that cohort; the reply's
 * `share` says whether it was (an invite may have been turned off meanwhile).
 */
export const POST = withApi(async (request: Request) => {
  await enforceRateLimit(request, "submissions");
  const body = await readJsonBody(request);
  const { assessment, created, ownerKey } = await createAssessment(body);
  const reportUrl = absoluteUrl(request, `/report/${assessment.id}`);
  const shareInput = (body as { share?: unknown }).share;
  // A retried submit shares again, which changes nothing: sharing is idempotent per cohort. Only
  // the owner's request shares: a submission key replayed without the owner key does not.
  const share: ShareOutcome | undefined = shareInput && ownerKey ? await shareByInvite(assessment.id, shareInput) : undefined;
  return jsonResponse(
    {
      id: assessment.id,
      reportUrl,
      ...(ownerKey ? { ownerKey } : {}),
      result: assessment.result,
      ...(share ? { share: publicOutcome(share) } : {}),
    },
    created ? 201 : 200,
    created ? { Location: reportUrl } : {},
  );
});

/** The share id is the counsellor's address for the result; the student does not need it. */
function publicOutcome(outcome: ShareOutcome) {
  return outcome.status === "shared"
    ? { status: outcome.status, cohortName: outcome.cohortName, counsellorName: outcome.counsellorName }
    : outcome;
}
