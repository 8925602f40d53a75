import { jsonResponse, notFound, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { getSharedResult } from "@/lib/shares/counsellor";

type Context = { params: Promise<{ shareId: string }> };

/** One shared result: the person's name, cohort, marks, full result and earlier attempts. */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const shared = await getSharedResult(counsellor.id, (await params).shareId);
  if (!shared) throw notFound();
  return jsonResponse({
    ...shared,
    consentedAt: shared.consentedAt.toISOString(),
    reviewedAt: shared.reviewedAt?.toISOString() ?? null,
    takenAt: shared.takenAt.toISOString(),
    earlierAttempts: shared.earlierAttempts.map((attempt) => ({ ...attempt, takenAt: attempt.takenAt.toISOString() })),
  });
});
