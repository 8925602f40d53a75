import "server-only";
import { noteReportOpened } from "./retention";

/**
 * Records a report's opening off the render path (the page calls it in `after`). A failure only
 * means the date is written on a later visit, so it is logged by kind and never reaches the reader.
 */
export async function noteOpenedAfterResponse(id: string, lastOpenedAt: Date | null): Promise<void> {
  // noteReportOpened itself skips a date already written today.
  try {
    await noteReportOpened(id, lastOpenedAt);
  } catch (error) {
    console.warn(`[report] could not record the opening date: ${(error as Error)?.name ?? "error"}`);
  }
}
