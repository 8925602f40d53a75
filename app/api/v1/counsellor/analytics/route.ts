import { jsonResponse, withApi } from "@/lib/api/route";
import { counsellorViewFromRequest } from "@/lib/api/query";
import { requireCounsellorApi } from "@/lib/auth/session";
import { filtersOf } from "@/lib/counsellor/filters";
import { cohortAnalytics } from "@/lib/shares/counsellor";

/** Bands, average components, skill gaps and flags over the same rows the table filters to. */
export const GET = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  const view = await counsellorViewFromRequest(request, counsellor.id);
  return jsonResponse(await cohortAnalytics(counsellor.id, filtersOf(view)));
});
