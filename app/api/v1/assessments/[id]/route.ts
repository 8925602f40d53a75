import { absoluteUrl, jsonResponse, notFound, withApi } from "@/lib/api/route";
import { getAssessment } from "@/lib/assessments/service";

/** The stored assessment: its answers, result and versions. 404 for unknown ids. */
export const GET = withApi(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const assessment = await getAssessment(id);
  if (!assessment) throw notFound();
  return jsonResponse({
    id: assessment.id,
    createdAt: assessment.createdAt.toISOString(),
    profileId: assessment.profileId,
    profileVersion: assessment.profileVersion,
    scoringVersion: assessment.scoringVersion,
    locale: assessment.locale,
    previousId: assessment.previousId,
    reportUrl: absoluteUrl(request, `/report/${assessment.id}`),
    answers: assessment.answers,
    result: assessment.result,
  });
});
