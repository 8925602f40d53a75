import "server-only";
import { ApiError, notFound } from "@/lib/api/route";
import { getCohort } from "@/lib/cohorts/service";
import { parseResultView, type ResultView } from "@/lib/counsellor/filters";
import { toAnswerIssues } from "@/lib/scoring";

/** The dashboard view from a request's query string, or a 422 naming each bad parameter. */
export function viewFromRequest(request: Request): ResultView {
  const parsed = parseResultView(new URL(request.url).searchParams);
  if (!parsed.success) throw new ApiError(422, "Some filters are not valid.", toAnswerIssues(parsed.error));
  return parsed.data;
}

/**
 * The view for one counsellor: a cohort filter must name one of their own cohorts. Another
 * counsellor's cohort gets the same 404 as a cohort that does not exist.
 */
export async function counsellorViewFromRequest(request: Request, counsellorId: string): Promise<ResultView> {
  const view = viewFromRequest(request);
  if (view.cohort && !(await getCohort(counsellorId, view.cohort))) throw notFound("cohort");
  return view;
}
