import { jsonResponse, withApi } from "@/lib/api/route";
import { counsellorViewFromRequest } from "@/lib/api/query";
import { requireCounsellorApi } from "@/lib/auth/session";
import { listResults } from "@/lib/shares/counsellor";

/** One page of the counsellor's shared results, filtered and sorted by the query string. */
export const GET = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  const view = await counsellorViewFromRequest(request, counsellor.id);
  return jsonResponse(await listResults(counsellor.id, view));
});
