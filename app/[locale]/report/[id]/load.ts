import "server-only";
import { after } from "next/server";
import { cache } from "react";
import { noteOpenedAfterResponse } from "@/lib/assessments/note-opened";
import { openedDateIsStale } from "@/lib/assessments/retention";
import { getAssessment } from "@/lib/assessments/service";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import { formatTakenDate, isoDate } from "@/lib/report";

/**
 * One database read per request, shared by a report page's metadata and body (and by the details
 * view): the stored result, its profile, the date it was taken and what a device lists for it.
 */
export const loadReport = cache(async (id: string) => {
  const stored = await getAssessment(id);
  if (!stored) return null;
  // For the retention job: at most one write a day per result, after the response has gone; a
  // report already opened today schedules nothing.
  if (openedDateIsStale(stored.lastOpenedAt)) after(() => noteOpenedAfterResponse(stored.id, stored.lastOpenedAt));
  const { result } = stored;
  const profile = profiles[stored.profileId] ?? medicalCoderProfile;
  const takenOn = { text: formatTakenDate(stored.createdAt, result.market), iso: isoDate(stored.createdAt, result.market) };
  // What this device lists for the result if an owner link is opened on it.
  const entry = {
    id: stored.id,
    createdAt: stored.createdAt.toISOString(),
    overall: result.overall,
    band: result.band.id,
    bandLabel: result.band.label,
  };
  return { stored, profile, takenOn, entry };
});
