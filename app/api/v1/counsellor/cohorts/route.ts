import { jsonResponse, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { cohortJson } from "@/lib/cohorts/json";
import { createCohort, listCohorts } from "@/lib/cohorts/service";

/** The signed-in counsellor's cohorts, newest first. */
export const GET = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  const cohorts = await listCohorts(counsellor.id);
  return jsonResponse({ cohorts: cohorts.map((cohort) => cohortJson(request, cohort)) });
});

/** Creates a cohort with a fresh invite link and short code. */
export const POST = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  const cohort = await createCohort(counsellor.id, await readJsonBody(request));
  return jsonResponse({ cohort: cohortJson(request, cohort) }, 201);
});
