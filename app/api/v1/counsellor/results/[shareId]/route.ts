import { jsonResponse, notFound, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { getSharedResult } from "@/lib/shares/counsellor";

type Context = { params: Promise<{ shareId: string }> };

/** One shared result: the person's name, cohort, marks, full result, their attempts in the cohort and what changed since the one before. */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const shared = await getSharedResult(counsellor.id, (await params).shareId);
  if (!shared) throw notFound();
  return jsonResponse({
    ...shared,
    consentedAt: shared.consentedAt.toISOString(),
    reviewedAt: shared.reviewedAt?.toISOString() ?? null,
    takenAt: shared.takenAt.toISOString(),
    attempts: shared.attempts.map((attempt) => ({ ...attempt, takenAt: attempt.takenAt.toISOString() })),
    change: shared.change && {
      ...shared.change,
      previous: { ...shared.change.previous, takenAt: shared.change.previous.takenAt.toISOString() },
    },
  });
});
