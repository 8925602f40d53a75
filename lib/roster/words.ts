/**
 * The roster's words that the schemas and the API give in English: validation messages and the
 * API's refusals. They are the English values of `issues` in lib/i18n/messages/en/cohorts.json
 * (and join.json for the student's), so a page reads each one back to its key and shows it in its
 * own language (lib/counsellor/issue-text.ts). The pages' own words are in those files too.
 * Browser-safe: only the English files are imported.
 */
import { createTranslator } from "use-intl/core";
import cohortsEn from "@/lib/i18n/messages/en/cohorts.json" with { type: "json" };
import joinEn from "@/lib/i18n/messages/en/join.json" with { type: "json" };

export type RosterStatus = "invited" | "started" | "shared";

const issues = createTranslator({ locale: "en", messages: { cohorts: cohortsEn }, namespace: "cohorts.issues" });
const { issues: joinIssues } = joinEn;

export const rosterWords = {
  // Validation (server and form)
  textRequired: issues("textRequired"),
  textNotText: issues("textNotText"),
  textTooLong: issues("textTooLong"),
  lineProblem: (line: number, problem: string) => issues("lineProblem", { line: String(line), problem }),
  nameRequired: issues("nameRequired"),
  nameTooLong: issues("nameTooLong"),
  rollTooLong: issues("rollTooLong"),
  tooMany: (existing: number, adding: number, max: number) =>
    existing === 0
      ? issues("tooManyNew", { max: String(max), adding: String(adding) })
      : issues("tooMany", { max: String(max), existing: String(existing), adding: String(adding) }),
  duplicateEntry: issues("duplicateEntry"),
  archived: issues("archived"),
  entryNotFound: issues("entryNotFound"),
  linkOtherCohort: issues("linkOtherCohort"),
  // The student's side
  pickOtherCohort: joinIssues.pickOtherCohort,
};
