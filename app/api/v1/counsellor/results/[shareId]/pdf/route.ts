import { notFound, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { pdfResponse, readPdfOptions } from "@/lib/pdf/http";
import { renderReportPdf } from "@/lib/pdf/render";
import { enforceRateLimit } from "@/lib/rate-limit";
import { getSharedResult } from "@/lib/shares/counsellor";

type Context = { params: Promise<{ shareId: string }> };

/**
 * A shared result's report as the student's own PDF (the same document, without the student's
 * name). Only the counsellor it is shared with gets it: 401 without a session, 404 for another
 * counsellor's, an unknown or a withdrawn share.
 */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  await enforceRateLimit(request, "downloads");
  const options = readPdfOptions(request);
  const shared = await getSharedResult(counsellor.id, (await params).shareId);
  if (!shared) throw notFound();
  return pdfResponse(await renderReportPdf({ createdAt: shared.takenAt, profileId: shared.profileId, result: shared.result }, options));
});
