import { notFound, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { listNotes } from "@/lib/notes/service";
import { pdfResponse, readCounsellorPdfOptions } from "@/lib/pdf/http";
import { renderReportPdf } from "@/lib/pdf/render";
import { enforceRateLimit } from "@/lib/rate-limit";
import { getSharedResult } from "@/lib/shares/counsellor";

type Context = { params: Promise<{ shareId: string }> };

/**
 * A shared result's report as the student's own PDF (the same document, without the student's
 * name). With `notes=1` the counsellor's own notes on it follow on a last page, oldest first.
 * Only the counsellor it is shared with gets it: 401 without a session, 404 for another
 * counsellor's, an unknown or a withdrawn share; 422 for a bad `details`, `notes` or `locale`
 * (`?locale=hi`: the document in Hindi, notes as written).
 */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  await enforceRateLimit(request, "downloads");
  const { details, notes: withNotes, locale } = readCounsellorPdfOptions(request);
  const shareId = (await params).shareId;
  const [shared, notes] = await Promise.all([
    getSharedResult(counsellor.id, shareId),
    withNotes ? listNotes(counsellor.id, shareId) : Promise.resolve(null),
  ]);
  if (!shared || (withNotes && !notes)) throw notFound();
  const source = { createdAt: shared.takenAt, profileId: shared.profileId, result: shared.result, answers: shared.answers };
  // listNotes gives the newest first, as the page lists them; on paper they read as a record, oldest first.
  return pdfResponse(await renderReportPdf(source, { details, notes: notes ? [...notes].reverse() : null, locale }));
});
