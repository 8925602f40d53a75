import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { deleteCohort, getCohort, updateCohort } from "@/lib/cohorts/service";
import { cohortJson } from "@/lib/cohorts/json";

type Context = { params: Promise<{ cohortId: string }> };

export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const cohort = await getCohort(counsellor.id, (await params).cohortId);
  if (!cohort) throw notFound("cohort");
  return jsonResponse({ cohort: cohortJson(request, cohort) });
});

/** Renames a cohort, turns its invites on or off, or archives (`archived: true`) or restores it. */
export const PATCH = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const body = await readJsonBody(request);
  const cohort = await updateCohort(counsellor.id, (await params).cohortId, body);
  if (!cohort) throw notFound("cohort");
  return jsonResponse({ cohort: cohortJson(request, cohort) });
});

/** Deletes the cohort with its shares and the notes on them; the students' results stay theirs. */
export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  if (!(await deleteCohort(counsellor.id, (await params).cohortId))) throw notFound("cohort");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
