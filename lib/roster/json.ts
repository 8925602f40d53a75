import "server-only";
import { ApiError } from "@/lib/errors";
import { RosterArchivedError, type RosterShareView, type RosterView } from "./service";

/** A roster as the counsellor API returns it: dates as ISO text. */
export function rosterJson(roster: RosterView) {
  const share = (view: RosterShareView) => ({ ...view, takenAt: view.takenAt.toISOString() });
  return {
    ...roster,
    entries: roster.entries.map((entry) => ({
      ...entry,
      startedAt: entry.startedAt ? entry.startedAt.toISOString() : null,
      share: entry.share ? share(entry.share) : null,
    })),
    unmatched: roster.unmatched.map(share),
  };
}

export type RosterJson = ReturnType<typeof rosterJson>;

/** Runs a roster change, turning "the cohort is archived" into a 409 the person can read. */
export async function rosterChange<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof RosterArchivedError) throw new ApiError(409, error.message);
    throw error;
  }
}
