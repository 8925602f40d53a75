/** How each answer reads in words, shared by the question views and the review step. */
import type { Questionnaire, QuestionnaireItem } from "@/lib/profiles/questionnaire-schema";
import type { AnswerValue } from "@/lib/scoring/answers";

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

export function levelLabel(level: number, anchor: string): string {
  return `Level ${level} — ${anchor}`;
}

/** The options a person chooses from, in order, for any kind of item. */
export function optionsFor(item: QuestionnaireItem, agreementScale: Questionnaire["agreementScale"]): AnswerOption[] {
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
        label: levelLabel(level, anchor),
        lead: `Level ${level}`,
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
): string | null {
  if (value === undefined) return null;
  return optionsFor(item, agreementScale).find((option) => option.value === value)?.label ?? null;
}
