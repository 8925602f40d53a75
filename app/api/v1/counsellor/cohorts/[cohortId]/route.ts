import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { getCohort, updateCohort } from "@/lib/cohorts/service";
import { cohortJson } from "@/lib/cohorts/json";

type Context = { params: Promise<{ cohortId: string }> };

export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const cohort = await getCohort(counsellor.id, (await params).cohortId);
  if (!cohort) throw notFound("cohort");
  return jsonResponse({ cohort: cohortJson(request, cohort) });
});

/** Renames a cohort or turns its invites on or off. */
export const PATCH = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const body = await readJsonBody(request);
  const cohort = await updateCohort(counsellor.id, (await params).cohortId, body);
  if (!cohort) throw notFound("cohort");
  return jsonResponse({ cohort: cohortJson(request, cohort) });
});
