"use server";

import { deleteAssessment } from "@/lib/assessments/service";
import { assessmentIdSchema } from "@/lib/validations/assessment";

export type DeleteResultState = { ok: true } | { ok: false; error: string };

/**
 * Deletes a result for good from the "My results" list. Holding the unguessable id is what allows
 * it, as on the report. Unlike the report's action it does not redirect: the list stays open and
 * drops the entry. Deleting an id that is already gone counts as done.
 */
export async function deleteResultAction(id: string): Promise<DeleteResultState> {
  const parsed = assessmentIdSchema.safeParse(id);
  if (!parsed.success) return { ok: false, error: "This result link is not valid, so there is nothing to delete." };
  try {
    await deleteAssessment(parsed.data);
  } catch {
    return { ok: false, error: "We could not delete the result just now because the database is not answering. Please try again." };
  }
  return { ok: true };
}
