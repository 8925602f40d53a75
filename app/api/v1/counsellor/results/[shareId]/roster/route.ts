import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { rosterChange } from "@/lib/roster/json";
import { linkShareToRoster, unlinkShareFromRoster } from "@/lib/roster/service";

type Context = { params: Promise<{ shareId: string }> };

/** Matches this shared result (and the same student's other attempts here) to a roster entry of its cohort. */
export const PUT = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const { shareId } = await params;
  const body = await readJsonBody(request);
  const linked = await rosterChange(() => linkShareToRoster(counsellor.id, shareId, body));
  if (!linked) throw notFound();
  return jsonResponse(linked);
});

/** Unmatches it: the result stays, with no roster name. */
export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const { shareId } = await params;
  const linked = await rosterChange(() => unlinkShareFromRoster(counsellor.id, shareId));
  if (!linked) throw notFound();
  return jsonResponse(linked);
});
