import { requireOwner } from "@/lib/api/owner";
import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { saveTryWork } from "@/lib/assessments/service";

type Context = { params: Promise<{ id: string }> };

/**
 * Keeps the outcome of the "Try the work" exercise with a result: `{ version, answers, feeling }`,
 * the option chosen for each question and how it felt. The server counts the right answers
 * itself. Needs the owner key (X-Owner-Key). 200 with the stored outcome; 403 without the key;
 * 404 for no such result; 422 with the field issues for anything else wrong.
 */
export const PUT = withApi(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireOwner(request, id);
  const outcome = await saveTryWork(id, await readJsonBody(request));
  // Deleted between the owner check and the write.
  if (!outcome) throw notFound();
  const { correct, total, feeling, version, triedAt } = outcome;
  return jsonResponse({ tryWork: { correct, total, feeling, version, triedAt } });
});
