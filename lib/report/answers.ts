/**
 * Words for the answers behind a figure. The result stores only `{ itemId, answer }`; the
 * question's prompt and the answer's label come from the profile's questionnaire, so the report
 * can say "You answered 'Agree' to: I notice small mistakes…".
 */
import { itemInMarket, type CareerProfile, type QuestionnaireItem } from "@/lib/profiles";
import type { Evidence } from "@/lib/scoring";
import { englishReportWords, type ReportWords } from "./words";

export interface AnswerView {
  itemId: string;
  /** How the answer is worded: "You answered X to:", "Level n:", "You chose X for:". */
  form: "agreed" | "level" | "chose";
  /** The answer in words: "Agree", "Level 2", "B.Sc Nursing / Allied Health Degree". */
  answer: string;
  /** What the answer was given to: a statement, a question, or a level's description. */
  statement: string;
  /** One sentence joining both, for lists and screen readers. */
  text: string;
}

const itemIndex = new WeakMap<CareerProfile, Map<string, QuestionnaireItem>>();

function itemsOf(profile: CareerProfile): Map<string, QuestionnaireItem> {
  let items = itemIndex.get(profile);
  if (!items) {
    items = new Map();
    for (const section of profile.questionnaire.sections) for (const item of section.items) items.set(item.id, item);
    itemIndex.set(profile, items);
  }
  return items;
}

const stripFinalStop = (text: string) => text.replace(/[.]$/, "");

/**
 * Describes one answer in words, with the question as the person's market read it (its code set
 * names). Unknown items (an older questionnaire) still get a plain line.
 */
export function describeAnswer(profile: CareerProfile, evidence: Evidence, market?: string, t: ReportWords = englishReportWords): AnswerView {
  const known = itemsOf(profile).get(evidence.itemId);
  const item = known && itemInMarket(known, market);
  const raw = String(evidence.answer);
  if (!item) {
    return { itemId: evidence.itemId, form: "agreed", answer: raw, statement: evidence.itemId, text: t("answers.unknown", { answer: raw, id: evidence.itemId }) };
  }
  switch (item.kind) {
    case "agreement": {
      const label = profile.questionnaire.agreementScale.find((entry) => entry.value === evidence.answer)?.label ?? raw;
      return { itemId: item.id, form: "agreed", answer: label, statement: item.prompt, text: t("answers.agreed", { answer: label, statement: item.prompt }) };
    }
    case "level": {
      const level = typeof evidence.answer === "number" ? evidence.answer : Number(evidence.answer);
      const anchor = Number.isInteger(level) ? item.anchors[level] : undefined;
      const answer = t("answers.level", { level: raw });
      const statement = anchor ?? item.prompt;
      return { itemId: item.id, form: "level", answer, statement, text: `${answer}: ${statement}` };
    }
    case "choice":
    case "knowledge": {
      const label = item.options.find((option) => option.value === evidence.answer)?.label ?? raw;
      const words = { answer: stripFinalStop(label), statement: item.prompt };
      return {
        itemId: item.id,
        form: item.kind === "knowledge" ? "agreed" : "chose",
        answer: label,
        statement: item.prompt,
        text: item.kind === "knowledge" ? t("answers.agreed", words) : t("answers.chose", words),
      };
    }
  }
}

export function describeAnswers(profile: CareerProfile, evidence: Evidence[], market?: string, t: ReportWords = englishReportWords): AnswerView[] {
  return evidence.map((entry) => describeAnswer(profile, entry, market, t));
}
