/**
 * The answers schema is derived from the questionnaire, so the API and the scoring engine accept
 * exactly the same thing: `{ itemId: value }` for every item. The quiz in the browser checks with
 * the same rules and messages without zod (lib/scoring/answer-checks.ts).
 */
import { z } from "zod";
import type { Questionnaire, QuestionnaireItem } from "../profiles/questionnaire-schema";
import { ANSWER_MESSAGES, optionValues } from "./answer-checks";

export type AnswerValue = string | number;
export type Answers = Record<string, AnswerValue>;

const { required: REQUIRED, choice: CHOICE, level: LEVEL, agreement: AGREEMENT } = ANSWER_MESSAGES;

/** The zod schema for one item's answer, with messages a person understands. */
export function itemAnswerSchema(item: QuestionnaireItem): z.ZodType<AnswerValue> {
  switch (item.kind) {
    case "choice":
    case "knowledge":
      return z.enum(optionValues(item), {
        error: (issue) => (issue.input === undefined ? REQUIRED : CHOICE),
      });
    case "level":
      return z
        .number({ error: (issue) => (issue.input === undefined ? REQUIRED : LEVEL) })
        .int(LEVEL)
        .min(0, LEVEL)
        .max(4, LEVEL);
    case "agreement":
      return z
        .number({ error: (issue) => (issue.input === undefined ? REQUIRED : AGREEMENT) })
        .int(AGREEMENT)
        .min(1, AGREEMENT)
        .max(5, AGREEMENT);
  }
}

const schemaCache = new WeakMap<Questionnaire, z.ZodType<Answers>>();

/** `{ itemId: value }` for every item; unknown ids are rejected by name. */
export function answersSchemaFor(questionnaire: Questionnaire): z.ZodType<Answers> {
  const cached = schemaCache.get(questionnaire);
  if (cached) return cached;
  const shape: Record<string, z.ZodType<AnswerValue>> = {};
  for (const section of questionnaire.sections) for (const item of section.items) shape[item.id] = itemAnswerSchema(item);
  const schema = z
    .object(shape, {
      error: (issue) => (issue.code === "invalid_type" ? ANSWER_MESSAGES.notAnObject : undefined),
    })
    .strict() as unknown as z.ZodType<Answers>;
  schemaCache.set(questionnaire, schema);
  return schema;
}

export interface AnswerIssue {
  /** The question id the problem is about ("" for the answers object itself). */
  path: string;
  message: string;
}

export class InvalidAnswersError extends Error {
  override name = "InvalidAnswersError";
  constructor(readonly issues: AnswerIssue[]) {
    super(`Some answers are invalid: ${issues.map((issue) => issue.path || "answers").join(", ")}`);
  }
}

/** Flattens zod issues to one per question id; an unknown key becomes an issue at that key. */
export function toAnswerIssues(error: z.ZodError): AnswerIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: [...issue.path.map(String), key].join("."), message: ANSWER_MESSAGES.unknownItem }))
      : [{ path: issue.path.map(String).join("."), message: issue.message }],
  );
}

/** Parses answers or throws InvalidAnswersError naming each question that is wrong. */
export function parseAnswers(questionnaire: Questionnaire, input: unknown): Answers {
  const result = answersSchemaFor(questionnaire).safeParse(input);
  if (!result.success) throw new InvalidAnswersError(toAnswerIssues(result.error));
  return result.data;
}
