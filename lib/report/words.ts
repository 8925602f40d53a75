/**
 * The report's words: the `report` messages (lib/i18n/messages/<locale>/report.json). Every
 * function in lib/report that words something takes a translator over them as its last argument:
 * a component passes `useTranslations("report")` (or `await getTranslations("report")`), server
 * code outside React `pageWords(locale, "report")`. Left out, the words are English, read from
 * the English file only, so this module stays light enough for browser code.
 */
import { createTranslator } from "use-intl/core";
import english from "@/lib/i18n/messages/en/report.json" with { type: "json" };
import type { PageWords } from "@/lib/i18n/page-words";

export type ReportWords = PageWords<"report">;

/** The report's words in English: the default wherever no translator is passed. */
export const englishReportWords = createTranslator({
  locale: "en",
  messages: { report: english },
  namespace: "report",
}) as unknown as ReportWords;
