import { requireOwner } from "@/lib/api/owner";
import { ApiError, jsonResponse, readJsonBody, withApi } from "@/lib/api/route";
import { cohortArchiveWords } from "@/lib/cohorts/archive-words";
import { enforceRateLimit } from "@/lib/rate-limit";
import { listSharesOfAssessment, shareByCode } from "@/lib/shares/service";

type Context = { params: Promise<{ id: string }> };

/**
 * Who this result is shared with, under which name and email: the owner's to see (owner key in
 * X-Owner-Key), not everyone's who holds the report link.
 */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireOwner(request, id);
  const shares = await listSharesOfAssessment(id);
  return jsonResponse({
    shares: shares.map((share) => ({ ...share, consentedAt: share.consentedAt.toISOString() })),
  });
});

/** Shares the result with the cohort whose code the counsellor gave out. Needs consent: true and the owner key. */
export const POST = withApi(async (request: Request, { params }: Context) => {
  await enforceRateLimit(request, "shares");
  const { id } = await params;
  await requireOwner(request, id);
  const body = await readJsonBody(request);
  const outcome = await shareByCode(id, body);
  if (outcome.status === "not-found") {
    throw new ApiError(404, "No cohort has this code. Check it with your counsellor and try again.", [
      { path: "code", message: "No cohort has this code." },
    ]);
  }
  // An archived cohort: closed for good unless its counsellor restores it.
  if (outcome.status === "closed" && outcome.archived) {
    throw new ApiError(409, cohortArchiveWords.shareRefused(outcome.cohortName, outcome.counsellorName), [
      { path: "code", message: cohortArchiveWords.shareRefusedField },
    ]);
  }
  if (outcome.status === "closed") {
    throw new ApiError(409, `${outcome.counsellorName} has stopped taking new results for “${outcome.cohortName}”.`, [
      { path: "code", message: "This cohort is not taking new results." },
    ]);
  }
  return jsonResponse({ share: outcome }, 201);
});
