import { z } from "zod";
import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { setReviewed } from "@/lib/shares/counsellor";

const reviewSchema = z.object({ reviewed: z.boolean({ error: "reviewed is true or false." }) }).strict();

type Context = { params: Promise<{ shareId: string }> };

/** Sets ({ reviewed: true }) or clears the counsellor's "reviewed" mark. */
export const PUT = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const { reviewed } = reviewSchema.parse(await readJsonBody(request));
  const outcome = await setReviewed(counsellor.id, (await params).shareId, reviewed);
  if (!outcome) throw notFound();
  return jsonResponse({ reviewed, reviewedAt: outcome.reviewedAt?.toISOString() ?? null });
});
