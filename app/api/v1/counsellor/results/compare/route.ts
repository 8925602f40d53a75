import { ApiError, jsonResponse, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { compareWords } from "@/lib/counsellor/compare-words";
import { toAnswerIssues } from "@/lib/scoring";
import { compareStudents } from "@/lib/shares/compare-students";
import { compareIdsSchema, splitCompareIds } from "@/lib/validations/compare-ids";

/**
 * 2–4 of the counsellor's shared results side by side: `?ids=a,b,c`. A static segment, so it is
 * matched before `results/[shareId]`. One id that is not the counsellor's fails the whole request
 * with the same 404 as an unknown one.
 */
export const GET = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  const parsed = compareIdsSchema.safeParse(splitCompareIds(new URL(request.url).searchParams.getAll("ids")));
  if (!parsed.success) {
    const issues = toAnswerIssues(parsed.error);
    throw new ApiError(422, issues[0]?.message ?? compareWords.ids.missing, issues);
  }
  const students = await compareStudents(counsellor.id, parsed.data);
  if (!students) throw new ApiError(404, `${compareWords.notAvailable} ${compareWords.notAvailableWhy}`);
  return jsonResponse({ students });
});
