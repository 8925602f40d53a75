import { ApiError, jsonResponse, withApi } from "@/lib/api/route";
import { findInviteByCode } from "@/lib/cohorts/service";
import { enforceRateLimit } from "@/lib/rate-limit";
import { listRosterNames } from "@/lib/roster/service";

/**
 * GET /api/v1/invites?code=K7QM-4TPX: the cohort behind a code (its name, the counsellor's name
 * and whether it takes new results), so a student can check before sharing, and the names on its
 * roster to pick from. Nothing else.
 */
export const GET = withApi(async (request: Request) => {
  await enforceRateLimit(request, "invite-lookups");
  const code = new URL(request.url).searchParams.get("code") ?? "";
  const invite = code ? await findInviteByCode(code) : null;
  if (!invite) {
    throw new ApiError(404, "No cohort has this code. Check it with your counsellor and try again.", [
      { path: "code", message: "No cohort has this code." },
    ]);
  }
  return jsonResponse({
    cohortName: invite.cohortName,
    counsellorName: invite.counsellorName,
    invitesOpen: invite.invitesOpen,
    archived: invite.archived,
    inviteToken: invite.inviteToken,
    // Names only (never roll numbers), for "Pick your name"; none once the cohort takes no results.
    roster: invite.invitesOpen ? await listRosterNames(invite.cohortId) : [],
  });
});
