import "server-only";
import { getAssessment } from "@/lib/assessments/service";
import { getDb, type Db } from "@/lib/db";
import { assessmentIdSchema } from "@/lib/validations/assessment";
import { MY_DATA_FORMAT, MY_DATA_VERSION, myDataSchema, type MyData, type MyDataShare } from "@/lib/validations/my-data";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageWords } from "@/lib/i18n/page-words";

/** The language the result was taken in, when the site still speaks it; else English. */
function localeOf(stored: string): Locale {
  return LOCALES.find((locale) => locale.id === stored)?.id ?? DEFAULT_LOCALE;
}

/**
 * Everything stored about one result, for its owner to download. The caller checks the owner key.
 * Shares are read with only the fields the person may see: the counsellor's name, never their email.
 */
async function sharesForOwner(assessmentId: string, db: Db): Promise<MyDataShare[]> {
  const rows = await db.share.findMany({
    where: { assessmentId },
    orderBy: { consentedAt: "asc" },
    select: {
      displayName: true,
      email: true,
      consentedAt: true,
      cohort: { select: { name: true, counsellor: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    counsellorName: row.cohort.counsellor.name,
    cohortName: row.cohort.name,
    yourName: row.displayName,
    yourEmail: row.email,
    sharedAt: row.consentedAt.toISOString(),
    withdrawn: false as const,
  }));
}

/**
 * The download, or null when there is no such result. `reportUrl` is the report's address as the
 * client reached it. The file's note on what it holds is in the language the result was taken in.
 */
export async function exportMyData(id: string, reportUrl: string, now: Date = new Date(), db: Db = getDb()): Promise<MyData | null> {
  if (!assessmentIdSchema.safeParse(id).success) return null;
  const stored = await getAssessment(id, db);
  if (!stored) return null;
  const shares = await sharesForOwner(id, db);
  return myDataSchema.parse({
    format: MY_DATA_FORMAT,
    version: MY_DATA_VERSION,
    exportedAt: now.toISOString(),
    about: pageWords(localeOf(stored.locale), "privacy")("download.fileAbout"),
    result: {
      id: stored.id,
      reportUrl,
      createdAt: stored.createdAt.toISOString(),
      lastOpenedAt: stored.lastOpenedAt?.toISOString() ?? null,
      profileId: stored.profileId,
      profileVersion: stored.profileVersion,
      scoringVersion: stored.scoringVersion,
      locale: stored.locale,
      previousId: stored.previousId,
      answers: stored.answers,
      result: stored.result,
      tryWork: stored.tryWork,
    },
    shares,
  });
}
