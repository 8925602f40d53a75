import { requireOwner } from "@/lib/api/owner";
import { notFound, withApi } from "@/lib/api/route";
import { withdrawShare } from "@/lib/shares/service";

type Context = { params: Promise<{ id: string; shareId: string }> };

/** Withdraws one share (owner key needed): the counsellor no longer sees the result, from their next request on. */
export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const { id, shareId } = await params;
  await requireOwner(request, id);
  if (!(await withdrawShare(id, shareId))) throw notFound("sharing");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
