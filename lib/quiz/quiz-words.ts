/**
 * Kept only for pages that still state the quiz's length in English with `quizWords.duration`
 * (app/[locale]/join/[token] and app/[locale]/report/deleted): the words are in
 * lib/i18n/messages/<locale>/quiz.json ("duration"). A page in a language takes them from there,
 * `t("duration", { count: quizMinutes(questionnaire, t) })` with `t` for the "quiz" namespace;
 * delete this file once nothing imports it.
 */
import { englishQuizWords } from "./words";

export const quizWords = {
  /** "about 14 minutes", in English. */
  duration: (count: number) => englishQuizWords("duration", { count }),
} as const;
