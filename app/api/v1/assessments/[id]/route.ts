import { requireOwner } from "@/lib/api/owner";
import { absoluteUrl, jsonResponse, notFound, withApi } from "@/lib/api/route";
import { deleteAssessment, getAssessment } from "@/lib/assessments/service";
import { requestedLocale } from "@/lib/i18n/locales";
import { medicalCoderProfile } from "@/lib/profiles";
import { storedResultIn } from "@/lib/results/stored";

type Context = { params: Promise<{ id: string }> };

/**
 * The stored assessment: its answers, result, versions and any "Try the work" outcome. 404 for
 * unknown ids. Read access only. `?locale=hi` words the result in Hindi (`resultLocale` says which
 * language it is in: a result scored by an older engine keeps its stored English words).
 */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const locale = requestedLocale(request);
  const assessment = await getAssessment(id);
  if (!assessment) throw notFound();
  const worded = storedResultIn(medicalCoderProfile, assessment, locale);
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
    result: worded.result,
    resultLocale: worded.locale,
    tryWork: assessment.tryWork,
  });
});

/**
 * Deletes a result for good, with its shares and counsellor notes. Needs the owner key (header
 * X-Owner-Key): the report id only reads. 204 when deleted; 403 without the key; 404 when there
 * is nothing at that id (never existed, malformed, or deleted already), which a client may treat
 * as done.
 */
export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireOwner(request, id);
  if (!(await deleteAssessment(id))) throw notFound();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
