/**
 * The share API's refusal when a cohort is archived, in English as the API answers: the English
 * values of `issues` in lib/i18n/messages/en/join.json, so a page can read the message back to its
 * key and show it in its own language (lib/counsellor/issue-text.ts). The pages' words about
 * archiving are in the message files (cohorts.archive, join.invite).
 */
import { createTranslator } from "use-intl/core";
import joinEn from "@/lib/i18n/messages/en/join.json" with { type: "json" };

const issues = createTranslator({ locale: "en", messages: { join: joinEn }, namespace: "join.issues" });

export const cohortArchiveWords = {
  shareRefused: (cohortName: string, counsellorName: string) => issues("shareRefused", { cohort: cohortName, counsellor: counsellorName }),
  shareRefusedField: issues("shareRefusedField"),
} as const;
