import { ApiError, jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { getAssessment } from "@/lib/assessments/service";
import { enforceRateLimit } from "@/lib/rate-limit";
import { listSharesOfAssessment, shareByCode } from "@/lib/shares/service";

type Context = { params: Promise<{ id: string }> };

/** Who this result is shared with. Whoever holds the report id may see and change this. */
export const GET = withApi(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  if (!(await getAssessment(id))) throw notFound();
  const shares = await listSharesOfAssessment(id);
  return jsonResponse({
    shares: shares.map((share) => ({ ...share, consentedAt: share.consentedAt.toISOString() })),
  });
});

/** Shares the result with the cohort whose code the counsellor gave out. Needs consent: true. */
export const POST = withApi(async (request: Request, { params }: Context) => {
  await enforceRateLimit(request, "shares");
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!(await getAssessment(id))) throw notFound();
  const outcome = await shareByCode(id, body);
  if (outcome.status === "not-found") {
    throw new ApiError(404, "No cohort has this code. Check it with your counsellor and try again.", [
      { path: "code", message: "No cohort has this code." },
    ]);
  }
  if (outcome.status === "closed") {
    throw new ApiError(409, `${outcome.counsellorName} has stopped taking new results for “${outcome.cohortName}”.`, [
      { path: "code", message: "This cohort is not taking new results." },
    ]);
  }
  return jsonResponse({ share: outcome }, 201);
});
