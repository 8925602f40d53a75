import { ApiError, jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { NOT_OWNER_MESSAGE } from "@/lib/api/owner";
import { claimOwnership } from "@/lib/assessments/service";
import { enforceRateLimit } from "@/lib/rate-limit";
import { ownerClaimSchema } from "@/lib/validations/assessment";

type Context = { params: Promise<{ id: string }> };

/**
 * Checks an owner key ({ ownerKey }), as the private owner link does when it is opened on another
 * device: 200 when it is this result's key, 403 when not, 404 for no such result. A result
 * stored before owner keys has none yet: the first key sent becomes its key (201), which is how
 * the device that lists it takes control; any later, different key gets 403. Counted with the
 * share limit, so keys cannot be tried at speed.
 */
export const POST = withApi(async (request: Request, { params }: Context) => {
  await enforceRateLimit(request, "shares");
  const { id } = await params;
  const { ownerKey } = ownerClaimSchema.parse(await readJsonBody(request));
  const outcome = await claimOwnership(id, ownerKey);
  if (outcome === "missing") throw notFound();
  if (outcome === "forbidden") throw new ApiError(403, NOT_OWNER_MESSAGE);
  return jsonResponse({ owner: true, claimed: outcome === "claimed" }, outcome === "claimed" ? 201 : 200);
});
