import "server-only";
import { ApiError } from "@/lib/api/route";
import { parseResultView, type ResultView } from "@/lib/counsellor/filters";
import { toAnswerIssues } from "@/lib/scoring";

/** The dashboard view from a request's query string, or a 422 naming each bad parameter. */
export function viewFromRequest(request: Request): ResultView {
  const parsed = parseResultView(new URL(request.url).searchParams);
  if (!parsed.success) throw new ApiError(422, "Some filters are not valid.", toAnswerIssues(parsed.error));
  return parsed.data;
}
