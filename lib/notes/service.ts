import "server-only";
import { getDb, type Db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { entityIdSchema } from "@/lib/counsellor/filters";
import { noteBodySchema } from "@/lib/validations/note";

export { NOTE_MAX_LENGTH, noteBodySchema } from "@/lib/validations/note";

/**
 * A counsellor's private notes on a shared result. Only the counsellor who owns the result's
 * cohort can read or change them, and they go when the student withdraws the result.
 */

export interface NoteView {
  id: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const select = { id: true, body: true, createdAt: true, updatedAt: true } as const;
const toView = (row: { id: string; body: string; createdAt: Date; updatedAt: Date }): NoteView => ({
  id: row.id,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function ownsShare(counsellorId: string, shareId: string, db: Db): Promise<boolean> {
  if (!entityIdSchema.safeParse(shareId).success) return false;
  return (await db.share.count({ where: { id: shareId, counsellorId } })) > 0;
}

/** Newest first; null when the result is not visible to this counsellor. */
export async function listNotes(counsellorId: string, shareId: string, db: Db = getDb()): Promise<NoteView[] | null> {
  if (!(await ownsShare(counsellorId, shareId, db))) return null;
  const rows = await db.note.findMany({
    where: { shareId, authorId: counsellorId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select,
  });
  return rows.map(toView);
}

export async function addNote(counsellorId: string, shareId: string, input: unknown, db: Db = getDb()): Promise<NoteView | null> {
  const { body } = noteBodySchema.parse(input);
  if (!(await ownsShare(counsellorId, shareId, db))) return null;
  return toView(await db.note.create({ data: { id: newId(), shareId, authorId: counsellorId, body }, select }));
}

function noteWhere(counsellorId: string, shareId: string, noteId: string) {
  return { id: noteId, shareId, authorId: counsellorId, share: { counsellorId } };
}

export async function updateNote(
  counsellorId: string,
  shareId: string,
  noteId: string,
  input: unknown,
  db: Db = getDb(),
): Promise<NoteView | null> {
  const { body } = noteBodySchema.parse(input);
  if (!entityIdSchema.safeParse(noteId).success || !entityIdSchema.safeParse(shareId).success) return null;
  const { count } = await db.note.updateMany({ where: noteWhere(counsellorId, shareId, noteId), data: { body } });
  if (!count) return null;
  const row = await db.note.findUnique({ where: { id: noteId }, select });
  return row ? toView(row) : null;
}

export async function deleteNote(counsellorId: string, shareId: string, noteId: string, db: Db = getDb()): Promise<boolean> {
  if (!entityIdSchema.safeParse(noteId).success || !entityIdSchema.safeParse(shareId).success) return false;
  const { count } = await db.note.deleteMany({ where: noteWhere(counsellorId, shareId, noteId) });
  return count > 0;
}
