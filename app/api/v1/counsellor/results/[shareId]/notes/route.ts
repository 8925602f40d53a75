import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { addNote, listNotes } from "@/lib/notes/service";

type Context = { params: Promise<{ shareId: string }> };

/** The counsellor's private notes on a result, newest first. */
export const GET = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const notes = await listNotes(counsellor.id, (await params).shareId);
  if (!notes) throw notFound();
  return jsonResponse({ notes });
});

export const POST = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const body = await readJsonBody(request);
  const note = await addNote(counsellor.id, (await params).shareId, body);
  if (!note) throw notFound();
  return jsonResponse({ note }, 201);
});
