/**
 * The quiz's words (lib/i18n/messages/<locale>/quiz.json) as the lib/quiz helpers take them: a
 * translator for the "quiz" namespace. A component hands its `useTranslations("quiz")`, a server
 * page its `getTranslations("quiz")`. Called without one, a helper uses English: the words the
 * time estimate was set against, for tests and for callers that state it in English. Only the
 * English quiz messages are imported here, so this stays light enough for the browser.
 */
import { createTranslator } from "use-intl/core";
import english from "@/lib/i18n/messages/en/quiz.json" with { type: "json" };
import type { PageWords } from "@/lib/i18n/page-words";

export type QuizWords = PageWords<"quiz">;

export const englishQuizWords = createTranslator({ locale: "en", messages: { quiz: english }, namespace: "quiz" }) as unknown as QuizWords;
