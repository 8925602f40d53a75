import { jsonResponse, notFound, readJsonBody, withApi } from "@/lib/api/route";
import { requireCounsellorApi } from "@/lib/auth/session";
import { deleteNote, updateNote } from "@/lib/notes/service";

type Context = { params: Promise<{ shareId: string; noteId: string }> };

export const PATCH = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const body = await readJsonBody(request);
  const { shareId, noteId } = await params;
  const note = await updateNote(counsellor.id, shareId, noteId, body);
  if (!note) throw notFound("note");
  return jsonResponse({ note });
});

export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const counsellor = await requireCounsellorApi(request);
  const { shareId, noteId } = await params;
  if (!(await deleteNote(counsellor.id, shareId, noteId))) throw notFound("note");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
