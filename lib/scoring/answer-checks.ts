/**
 * The answer rules without zod, from the same questionnaire data: what each kind of item accepts
 * and what to say when an answer does not fit. The server parses with the zod schema that
 * lib/scoring/answers.ts builds from these messages; the quiz checks in the browser with these
 * functions instead, which spares a phone zod's JavaScript (about 30 KB compressed).
 * tests/unit/answer-checks.test.ts proves that both accept, reject and word every answer alike.
 */
import type { Questionnaire, QuestionnaireItem } from "../profiles/questionnaire-schema";
import type { AnswerIssue, AnswerValue, Answers } from "./answers";
import { isObject, makeCheck, type Check, type CheckIssue } from "./standard-check";

export const ANSWER_MESSAGES = {
  required: "Please answer this question.",
  choice: "Choose one of the options listed.",
  level: "Pick a level from 0 to 4.",
  agreement: "Pick an answer from 1 (strongly disagree) to 5 (strongly agree).",
  notAnObject: "Answers must be an object of { questionId: answer }.",
  unknownItem: "This is not a question in the questionnaire.",
} as const;

/** The option values a choice or knowledge item accepts. */
export function optionValues(item: QuestionnaireItem): [string, ...string[]] {
  if (item.kind !== "choice" && item.kind !== "knowledge") throw new Error(`${item.id} has no options`);
  return item.options.map((option) => option.value) as [string, ...string[]];
}

const inRange = (value: unknown, min: number, max: number) =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max;

/** What is wrong with one answer to an item, or null when it fits. */
export function answerProblem(item: QuestionnaireItem, value: unknown): string | null {
  if (value === undefined) return ANSWER_MESSAGES.required;
  switch (item.kind) {
    case "choice":
    case "knowledge":
      return typeof value === "string" && optionValues(item).includes(value) ? null : ANSWER_MESSAGES.choice;
    case "level":
      return inRange(value, 0, 4) ? null : ANSWER_MESSAGES.level;
    case "agreement":
      return inRange(value, 1, 5) ? null : ANSWER_MESSAGES.agreement;
  }
}

/** One item's answer (the quiz asks whether a saved answer still fits). */
export function itemAnswerSchema(item: QuestionnaireItem): Check<AnswerValue> {
  return makeCheck<AnswerValue>((value) => {
    const message = answerProblem(item, value);
    return message ? { issues: [{ message, path: [] }] } : { output: value as AnswerValue };
  });
}

/** `{ itemId: value }` for these items, in their order; with `strict`, other keys are problems too. */
function answersCheck(items: readonly QuestionnaireItem[], strict: boolean): Check<Answers> {
  const known = new Set(items.map((item) => item.id));
  return makeCheck<Answers>((input) => {
    if (!isObject(input)) return { issues: [{ message: ANSWER_MESSAGES.notAnObject, path: [] }] };
    const issues: CheckIssue[] = [];
    const output: Answers = {};
    for (const item of items) {
      const message = answerProblem(item, input[item.id]);
      if (message) issues.push({ message, path: [item.id] });
      else output[item.id] = input[item.id] as AnswerValue;
    }
    if (strict) {
      for (const key of Object.keys(input)) if (!known.has(key)) issues.push({ message: ANSWER_MESSAGES.unknownItem, path: [key] });
    }
    return issues.length ? { issues } : { output };
  });
}

const checkCache = new WeakMap<Questionnaire, Check<Answers>>();

/** Every item answered, nothing else: the rule the API applies to a submission. */
export function answersSchemaFor(questionnaire: Questionnaire): Check<Answers> {
  const cached = checkCache.get(questionnaire);
  if (cached) return cached;
  const check = answersCheck(
    questionnaire.sections.flatMap((section) => section.items),
    true,
  );
  checkCache.set(questionnaire, check);
  return check;
}

/** Some items answered (one quiz step); other keys are not looked at. */
export function itemsAnswersSchema(items: readonly QuestionnaireItem[]): Check<Answers> {
  return answersCheck(items, false);
}

/** One issue per problem, named by question id ("" for the answers object itself), as the API reports them. */
export function toAnswerIssues(error: { issues: readonly CheckIssue[] }): AnswerIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

export type { AnswerIssue, AnswerValue, Answers };
