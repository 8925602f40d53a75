/** How each answer reads in words, shared by the question views and the review step. */
import type { Questionnaire, QuestionnaireItem } from "@/lib/profiles/questionnaire-schema";
import { ANSWER_MESSAGES } from "@/lib/scoring/answer-checks";
import type { AnswerValue } from "@/lib/scoring/answers";
import { englishQuizWords, type QuizWords } from "./words";

export interface AnswerOption {
  value: AnswerValue;
  /** The full label, as announced and as shown on the review step. */
  label: string;
  /** A short lead for level items ("Level 2"); the rest of the label follows it. */
  lead?: string;
  /** The label without the lead, when there is one. */
  text: string;
  hint?: string;
}

/** "Level 2 — I can read a doctor's note…", in the words of `t`. */
export function levelLabel(level: number, anchor: string, t: QuizWords = englishQuizWords): string {
  return t("level.label", { level, anchor });
}

/** The options a person chooses from, in order, for any kind of item. Their own words come from the questionnaire. */
export function optionsFor(
  item: QuestionnaireItem,
  agreementScale: Questionnaire["agreementScale"],
  t: QuizWords = englishQuizWords,
): AnswerOption[] {
  switch (item.kind) {
    case "choice":
    case "knowledge":
      return item.options.map((option) => ({
        value: option.value,
        label: option.label,
        text: option.label,
        hint: option.hint,
      }));
    case "level":
      return item.anchors.map((anchor, level) => ({
        value: level,
        label: levelLabel(level, anchor, t),
        lead: t("level.lead", { level }),
        text: anchor,
      }));
    case "agreement":
      return agreementScale.map((point) => ({ value: point.value, label: point.label, text: point.label }));
  }
}

/** The chosen option's label, or null when the value is not one of the options. */
export function answerLabel(
  item: QuestionnaireItem,
  value: AnswerValue | undefined,
  agreementScale: Questionnaire["agreementScale"],
  t: QuizWords = englishQuizWords,
): string | null {
  if (value === undefined) return null;
  if (item.kind === "level") {
    // Only the chosen level is worded: the review step reads every answer on each render.
    const anchor = typeof value === "number" ? item.anchors[value] : undefined;
    return anchor === undefined ? null : levelLabel(value as number, anchor, t);
  }
  return optionsFor(item, agreementScale, t).find((option) => option.value === value)?.label ?? null;
}

/** The answer problems a question can show beside it (the API's own messages), by their key in the quiz's words. */
const PROBLEMS = ["required", "choice", "level", "agreement"] as const;

/**
 * A problem with an answer in the words of `t`: the checks (lib/scoring/answer-checks.ts) and the
 * API word them in English; any other message (none is expected) is shown as it came.
 */
export function answerProblemIn(message: string, t: QuizWords = englishQuizWords): string {
  const key = PROBLEMS.find((problem) => ANSWER_MESSAGES[problem] === message);
  return key ? t(`answerProblems.${key}`) : message;
}
