import { z } from "zod";
import { ApiError, readJsonBody, withApi } from "@/lib/api/route";
import { enforceRateLimit } from "@/lib/rate-limit";
import { markRosterStarted } from "@/lib/roster/service";
import { rosterWords } from "@/lib/roster/words";
import { entityIdSchema } from "@/lib/validations/ids";
import { inviteTokenSchema } from "@/lib/validations/share";

const startedSchema = z.object({ inviteToken: inviteTokenSchema, rosterEntryId: entityIdSchema }).strict();

/**
 * POST /api/v1/invites/started { inviteToken, rosterEntryId }: the student picked their name on
 * the invite page before starting the quiz, so the counsellor's roster shows them as started.
 * Needs the invite link's token; limited like every invite look-up.
 */
export const POST = withApi(async (request: Request) => {
  await enforceRateLimit(request, "invite-lookups");
  const { inviteToken, rosterEntryId } = startedSchema.parse(await readJsonBody(request));
  if (!(await markRosterStarted(inviteToken, rosterEntryId))) {
    throw new ApiError(404, rosterWords.pickOtherCohort, [{ path: "rosterEntryId", message: rosterWords.pickOtherCohort }]);
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
