import { absoluteUrl, readJsonBody, jsonResponse, withApi } from "@/lib/api/route";
import { createAssessment } from "@/lib/assessments/service";

/**
 * Scores and stores a submission: 201 with the new record, 200 when the submission key was
 * seen before (the same record), 422 with the field issues for invalid input.
 */
export const POST = withApi(async (request: Request) => {
  const body = await readJsonBody(request);
  const { assessment, created } = await createAssessment(body);
  const reportUrl = absoluteUrl(request, `/report/${assessment.id}`);
  return jsonResponse(
    { id: assessment.id, reportUrl, result: assessment.result },
    created ? 201 : 200,
    created ? { Location: reportUrl } : {},
  );
});
