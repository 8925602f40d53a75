import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { rosterChange, rosterJson } from "@/lib/roster/json";
import { addRosterEntries, getRoster } from "@/lib/roster/service";
import { MAX_ROSTER_TEXT } from "@/lib/validations/roster";

type Context = { params: Promise<{ cohortId: string }> };

/** Room for MAX_ROSTER_TEXT characters at three bytes each (names in an Indic script), rounded up to whole KB. */
const ROSTER_BODY_BYTES = Math.ceil((3 * MAX_ROSTER_TEXT) / 1024) * 1024;

/** The cohort's roster: each student with their status (invited, started, shared), the counts and the unmatched shares. */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const roster = await getRoster(counsellor.id, (await params).cohortId);
  if (!roster) throw notFound("cohort");
  return jsonResponse({ roster: rosterJson(roster) });
});

/** Adds students from a typed or pasted list, or a CSV file's text (`{ text }`); duplicates are reported, not added. */
export const POST = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const { cohortId } = await params;
  const body = await readJsonBody(request, ROSTER_BODY_BYTES);
  const outcome = await rosterChange(() => addRosterEntries(counsellor.id, cohortId, body));
  if (!outcome) throw notFound("cohort");
  const roster = await getRoster(counsellor.id, cohortId);
  if (!roster) throw notFound("cohort");
  return jsonResponse({ ...outcome, roster: rosterJson(roster) }, 201);
});
