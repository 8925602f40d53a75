import { requireOwner } from "@/lib/api/owner";
import { absoluteUrl, notFound, withApi } from "@/lib/api/route";
import { exportMyData } from "@/lib/privacy/my-data";
import { myDataFileName } from "@/lib/validations/my-data";

type Context = { params: Promise<{ id: string }> };

/**
 * "Download my data": the answers, the result and the shares of one result, as a JSON file
 * (Content-Disposition: attachment). Needs the owner key (X-Owner-Key), like every action on a
 * result: 403 without it or with another result's key, 404 when there is no such result.
 */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await requireOwner(request, id);
  const now = new Date();
  const data = await exportMyData(id, absoluteUrl(request, `/report/${id}`), now);
  // Deleted between the owner check and the read.
  if (!data) throw notFound();
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${myDataFileName(now)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
