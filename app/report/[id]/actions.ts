"use server";

import { redirect } from "next/navigation";
import { deleteAssessment } from "@/lib/assessments/service";
import { assessmentIdSchema } from "@/lib/validations/assessment";

export interface DeleteState {
  error?: string;
}

/**
 * Deletes a result for good. Holding the report's unguessable id is what allows it, as with
 * reading it. On success the person lands on a page that confirms the deletion.
 */
export async function deleteAssessmentAction(id: string): Promise<DeleteState> {
  const parsed = assessmentIdSchema.safeParse(id);
  if (!parsed.success) return { error: "This result link is not valid, so there is nothing to delete." };
  try {
    await deleteAssessment(parsed.data);
  } catch {
    return { error: "We could not delete the result just now because the database is not answering. Please try again." };
  }
  redirect("/report/deleted");
}
