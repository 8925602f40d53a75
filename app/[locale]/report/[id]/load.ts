import "server-only";
import { after } from "next/server";
import { cache } from "react";
import { noteOpenedAfterResponse } from "@/lib/assessments/note-opened";
import { openedDateIsStale } from "@/lib/assessments/retention";
import { getAssessment } from "@/lib/assessments/service";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import { formatTakenDate, isoDate } from "@/lib/report";
import { storedResultIn } from "@/lib/results/stored";

/**
 * One database read per request, shared by a report page's metadata and body (and by the details
 * view): the stored result, its profile, the date it was taken and what a device lists for it.
 * `result` and `profile` are in the page's language: the stored answers are worded again in it
 * (storedResultIn); a result from an older scoring or profile version keeps the English words it
 * was stored with, around a page in the page's language.
 */
export const loadReport = cache(async (id: string, locale: string) => {
  const stored = await getAssessment(id);
  if (!stored) return null;
  // For the retention job: at most one write a day per result, after the response has gone; a
  // report already opened today schedules nothing.
  if (openedDateIsStale(stored.lastOpenedAt)) after(() => noteOpenedAfterResponse(stored.id, stored.lastOpenedAt));
  const source = profiles[stored.profileId] ?? medicalCoderProfile;
  const { result } = storedResultIn(source, stored, locale);
  const profile = profileIn(source, locale);
  const takenOn = { text: formatTakenDate(stored.createdAt, result.market, locale), iso: isoDate(stored.createdAt, result.market) };
  // What this device lists for the result if an owner link is opened on it: as stored, like the quiz's own entries.
  const entry = {
    id: stored.id,
    createdAt: stored.createdAt.toISOString(),
    overall: stored.result.overall,
    band: stored.result.band.id,
    bandLabel: stored.result.band.label,
  };
  return { stored, result, profile, takenOn, entry };
});
