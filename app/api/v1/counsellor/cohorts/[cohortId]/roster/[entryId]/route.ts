import { ApiError, jsonResponse, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { rosterChange } from "@/lib/roster/json";
import { deleteRosterEntry, updateRosterEntry } from "@/lib/roster/service";
import { rosterWords } from "@/lib/roster/words";

type Context = { params: Promise<{ cohortId: string; entryId: string }> };

const entryNotFound = () => new ApiError(404, rosterWords.entryNotFound);

/** Changes one student's name or roll number. */
export const PATCH = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const { cohortId, entryId } = await params;
  const body = await readJsonBody(request);
  const entry = await rosterChange(() => updateRosterEntry(counsellor.id, cohortId, entryId, body));
  if (!entry) throw entryNotFound();
  return jsonResponse({ entry });
});

/** Removes one student from the roster; a result they shared stays, no longer matched. */
export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const { cohortId, entryId } = await params;
  if (!(await rosterChange(() => deleteRosterEntry(counsellor.id, cohortId, entryId)))) throw entryNotFound();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
