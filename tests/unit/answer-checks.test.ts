/**
 * The quiz checks answers in the browser without zod (lib/scoring/answer-checks.ts); the server
 * parses them with the zod schema (lib/scoring/answers.ts). Both must accept the same answers,
 * return the same data and put the same message on the same question, or the quiz would let
 * through what the API refuses (or stop what it takes).
 */
import { describe, expect, it } from "vitest";
import type { QuestionnaireItem } from "@/lib/profiles";
import * as checks from "@/lib/scoring/answer-checks";
import * as schemas from "@/lib/scoring/answers";
import { quizSteps, stepAnswersSchema } from "@/lib/quiz/steps";
import { allItems, buildAnswers, questionnaire } from "../fixtures/answers";
import { personas } from "../fixtures/personas";

type Issue = { path: string; message: string };

/** Question id → the first message for it, in the order the questions first appear. */
function firstMessages(issues: Issue[]): [string, string][] {
  const first = new Map<string, string>();
  for (const issue of issues) if (!first.has(issue.path)) first.set(issue.path, issue.message);
  return [...first];
}

function bothOn(input: unknown) {
  const server = schemas.answersSchemaFor(questionnaire).safeParse(input);
  const browser = checks.answersSchemaFor(questionnaire).safeParse(input);
  return {
    server: { success: server.success, data: server.data, issues: server.success ? [] : firstMessages(schemas.toAnswerIssues(server.error)) },
    browser: { success: browser.success, data: browser.data, issues: browser.success ? [] : firstMessages(checks.toAnswerIssues(browser.error)) },
  };
}

const valid = buildAnswers(personas[0]!.spec);
const firstOf = (kind: QuestionnaireItem["kind"]) => allItems.find((item) => item.kind === kind)!;

/** Values worth trying on every kind of item: right, wrong, of the wrong type, and edge numbers. */
const VALUES: unknown[] = [
  undefined,
  null,
  "",
  " ",
  "india",
  "not-sure",
  "INDIA",
  "3",
  0,
  -0,
  1,
  2,
  2.5,
  3,
  4,
  4.0000001,
  5,
  6,
  -1,
  -1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  [],
  [1],
  {},
  { value: 1 },
];

describe("answer checks in the browser and the server's zod schema", () => {
  it("accept every persona's answers alike, returning the same data", () => {
    for (const persona of personas) {
      const answers = buildAnswers(persona.spec);
      const { server, browser } = bothOn(answers);
      expect(server.success, persona.id).toBe(true);
      expect(browser).toEqual(server);
    }
  });

  it("give every kind of item the same verdict and message for each value", () => {
    const kinds = new Set(allItems.map((item) => item.kind));
    expect(kinds.size).toBe(4);
    for (const item of allItems) {
      for (const value of [...VALUES, ...(item.kind === "choice" || item.kind === "knowledge" ? item.options.map((o) => o.value) : [])]) {
        const server = schemas.itemAnswerSchema(item).safeParse(value);
        const browser = checks.itemAnswerSchema(item).safeParse(value);
        const label = `${item.id} ← ${String(value)}`;
        expect(browser.success, label).toBe(server.success);
        expect(browser.data, label).toEqual(server.data);
        expect(browser.error?.issues[0]?.message, label).toBe(server.error?.issues[0]?.message);
      }
    }
  });

  it("refuse malformed answer sets alike, with the same message on the same question", () => {
    const level = firstOf("level").id;
    const agreement = firstOf("agreement").id;
    const choice = firstOf("choice").id;
    const knowledge = firstOf("knowledge").id;
    const { [level]: _dropped, ...missingOne } = valid;
    const malformed: unknown[] = [
      undefined,
      null,
      "answers",
      42,
      [],
      [valid],
      {},
      missingOne,
      { ...valid, [level]: 5 },
      { ...valid, [level]: "2" },
      { ...valid, [agreement]: 0 },
      { ...valid, [agreement]: 3.5 },
      { ...valid, [choice]: "mars" },
      { ...valid, [knowledge]: 1 },
      { ...valid, [choice]: null, [agreement]: null },
      { ...valid, "about.unknown": "x" },
      { ...valid, "about.unknown": "x", extra: 1, [level]: -1 },
      { "not.a.question": 1 },
      Object.fromEntries(allItems.map((item) => [item.id, undefined])),
    ];
    for (const input of malformed) {
      const { server, browser } = bothOn(input);
      expect(server.success, JSON.stringify(input)).toBe(false);
      expect(browser, JSON.stringify(input)).toEqual(server);
    }
  });

  it("check each quiz step by the same rules as the server's schema for that step's questions", () => {
    for (const step of quizSteps(questionnaire)) {
      const stepAnswers = Object.fromEntries(step.items.map((item) => [item.id, valid[item.id]]));
      expect(stepAnswersSchema(step).safeParse(stepAnswers)).toEqual({ success: true, data: stepAnswers });
      // Other steps' answers are not this step's business; missing ones are.
      expect(stepAnswersSchema(step).safeParse(valid).success).toBe(true);
      const missing = stepAnswersSchema(step).safeParse({});
      expect(missing.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual(
        step.items.map((item) => [item.id, checks.ANSWER_MESSAGES.required]),
      );
    }
  });
});
