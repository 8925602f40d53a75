import { describe, expect, it } from "vitest";
import { medicalCoderProfile } from "@/lib/profiles";
import type { QuestionnaireItem } from "@/lib/profiles/questionnaire-schema";
import { quizMinutes, reviewStep, secondsLeft, stepOfItem, stepSeconds } from "@/lib/quiz/progress";
import { itemTexts } from "@/lib/quiz/reading-time";
import { profileIn } from "@/lib/i18n/profiles";
import { pageWords } from "@/lib/i18n/page-words";
import { parseProgress } from "@/lib/quiz/storage";
import { MAX_ITEMS_PER_PART, MAX_ITEMS_PER_STEP, quizSteps, stepIntro, stepNote, stepTitle, type QuizStep } from "@/lib/quiz/steps";
import { buildAnswers } from "../fixtures/answers";

const questionnaire = medicalCoderProfile.questionnaire;
const steps = quizSteps(questionnaire);
const items = questionnaire.sections.flatMap((section) => section.items);

describe("quiz steps", () => {
  it("shows every question once, in the questionnaire's order", () => {
    expect(steps.flatMap((step) => step.items.map((item) => item.id))).toEqual(items.map((item) => item.id));
    expect(new Set(steps.map((step) => step.key)).size).toBe(steps.length);
  });

  it("never puts more than 10 questions on a step, and splits the 18 temperament statements in three", () => {
    expect(MAX_ITEMS_PER_STEP).toBeLessThanOrEqual(10);
    for (const step of steps) expect(step.items.length, step.key).toBeLessThanOrEqual(MAX_ITEMS_PER_STEP);
    const temperament = steps.filter((step) => step.section.id === "temperament");
    expect(temperament.map((step) => step.items.length)).toEqual([6, 6, 6]);
    for (const step of temperament) expect(step.items.length).toBeLessThanOrEqual(MAX_ITEMS_PER_PART);
    expect(temperament.map((step) => stepTitle(step))).toEqual(["Temperament (1 of 3)", "Temperament (2 of 3)", "Temperament (3 of 3)"]);
    expect(temperament.map((step) => step.key)).toEqual(["temperament-1", "temperament-2", "temperament-3"]);
    expect(steps.map((step) => step.key)).toEqual(["about", "education", "skills", "temperament-1", "temperament-2", "temperament-3", "knowledge"]);
  });

  it("finds each question's step, for Change on the review step and the server's problems", () => {
    expect(stepOfItem(questionnaire, "temperament.notice-small-mistakes")).toBe(3);
    expect(stepOfItem(questionnaire, "temperament.focus-for-hours")).toBe(4);
    expect(stepOfItem(questionnaire, "temperament.desk-drains")).toBe(5);
    expect(stepOfItem(questionnaire, "knowledge.suffix-itis")).toBe(6);
    expect(stepOfItem(questionnaire, "retired.item")).toBe(-1);
  });
});

/**
 * An estimate worked out here from the data, on purpose apart from lib/quiz/reading-time.ts: every
 * word a step shows (title, intro, notes, question, help, every option each time) at 150 words a
 * minute, plus 3 seconds to choose and tap per question.
 */
const words = (text: string | undefined) => (text ? text.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length : 0);

function shownWords(item: QuestionnaireItem): number {
  const base = words(item.prompt) + words(item.help);
  switch (item.kind) {
    case "choice":
    case "knowledge":
      return base + item.options.reduce((sum, option) => sum + words(option.label) + words(option.hint), 0);
    case "level":
      return base + item.anchors.reduce((sum, anchor, level) => sum + words(`Level ${level}`) + words(anchor), 0);
    case "agreement":
      return base + questionnaire.agreementScale.reduce((sum, point) => sum + words(point.label), 0);
  }
}

function frameWords(step: QuizStep): number {
  const note = stepNote(step);
  return words(stepTitle(step)) + words(stepIntro(step)) + words(note?.lead) + words(note?.text);
}
const slowSeconds = (wordCount: number, questions: number) => (wordCount * 60) / 150 + 3 * questions;

describe("the time estimate holds for a slow reader", () => {
  it("gives every question at least the time to read all of it at 150 words a minute and answer", () => {
    for (const item of items) expect(item.seconds, item.id).toBeGreaterThanOrEqual(slowSeconds(shownWords(item), 1));
  });

  it("gives every step at least the time to read everything on it and answer", () => {
    for (const step of steps) {
      const total = frameWords(step) + step.items.reduce((sum, item) => sum + shownWords(item), 0);
      expect(stepSeconds(step, questionnaire.agreementScale), step.key).toBeGreaterThanOrEqual(slowSeconds(total, step.items.length));
    }
  });

  it("promises whole minutes that are not below the whole quiz's reading and answering time", () => {
    const total = steps.reduce((sum, step) => sum + frameWords(step) + step.items.reduce((inner, item) => inner + shownWords(item), 0), 0);
    const needed = slowSeconds(total, items.length);
    expect(secondsLeft(questionnaire, 0)).toBeGreaterThanOrEqual(needed);
    expect(quizMinutes(questionnaire) * 60).toBeGreaterThanOrEqual(needed);
    // About 1,670 words: 11 minutes of reading, 2 of answering.
    expect(total).toBeGreaterThan(1500);
    expect(quizMinutes(questionnaire)).toBe(14);
  });
});

describe("a step's words in the page's language", () => {
  const hindi = profileIn(medicalCoderProfile, "hi").questionnaire;
  const t = pageWords("hi", "quiz");

  it("keeps the steps (same keys and questions) and words them in Hindi", () => {
    const hindiSteps = quizSteps(hindi);
    expect(hindiSteps.map((step) => step.key)).toEqual(steps.map((step) => step.key));
    expect(hindiSteps.map((step) => step.items.map((item) => item.id))).toEqual(steps.map((step) => step.items.map((item) => item.id)));
    const temperament = hindiSteps.filter((step) => step.section.id === "temperament");
    expect(stepTitle(temperament[1]!, t)).toBe(`${temperament[1]!.section.title} (3 में से 2)`);
    expect(stepIntro(temperament[1]!, t)).toMatch(/[\u0900-\u097F]/);
    expect(stepNote(hindiSteps[2]!, t)?.lead).toMatch(/[\u0900-\u097F]/);
    // The time left counts the step words the page shows: Hindi's, here (more of them than English's).
    expect(secondsLeft(hindi, 0, t)).toBeGreaterThan(secondsLeft(questionnaire, 0));
    expect(quizMinutes(hindi, t)).toBeGreaterThanOrEqual(quizMinutes(questionnaire));
  });

  it("promises a Hindi reader the time to read every Hindi word at 150 a minute and answer (the questions' own estimates were set for English)", () => {
    // The texts each question shows in Hindi come from the quiz's helper (option labels are page
    // words); counting and adding them up is this test's own, as above, with any script's letters.
    const count = (text: string | undefined) => (text ? text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length : 0);
    let needed = 0;
    for (const step of quizSteps(hindi)) {
      const note = stepNote(step, t);
      const frame = count(stepTitle(step, t)) + count(stepIntro(step, t)) + count(note?.lead) + count(note?.text);
      const shown = step.items.reduce((sum, item) => sum + itemTexts(item, hindi.agreementScale, t).reduce((inner, text) => inner + count(text), 0), 0);
      const stepNeeds = slowSeconds(frame + shown, step.items.length);
      expect(stepSeconds(step, hindi.agreementScale, t), step.key).toBeGreaterThanOrEqual(stepNeeds);
      needed += stepNeeds;
    }
    expect(secondsLeft(hindi, 0, t)).toBeGreaterThanOrEqual(needed);
    expect(quizMinutes(hindi, t) * 60).toBeGreaterThanOrEqual(needed);
  });
});

describe("saved progress across the change from one step per section", () => {
  const complete = buildAnswers({ market: "india", degree: "bsc-life-sciences", pro: 4, con: 2, knowledgeCorrect: 3 });
  const parse = (saved: Record<string, unknown>) => parseProgress(JSON.stringify({ answers: complete, ...saved }), questionnaire)!;

  it("reads a step saved without a key as a section, as earlier releases counted", () => {
    expect(parse({ step: 2 }).step).toBe(2);
    expect(parse({ step: 3 }).step).toBe(3); // Temperament → its first part
    expect(parse({ step: 4 }).step).toBe(6); // Knowledge check
    expect(parse({ step: 5 }).step).toBe(reviewStep(questionnaire));
    expect(parse({ step: 5 }).stepKey).toBe("review");
  });

  it("finds a saved step by its key, and keeps every answer by question id", () => {
    const saved = parse({ step: 4, stepKey: "temperament-2" });
    expect(saved.step).toBe(4);
    expect(saved.stepKey).toBe("temperament-2");
    expect(saved.answers).toEqual(complete);
    // A key this release does not know falls back to the saved number.
    expect(parse({ step: 5, stepKey: "temperament-9" }).step).toBe(5);
  });

  it("still never lands past a step with a missing answer", () => {
    const { ["temperament.focus-for-hours"]: _missing, ...answers } = complete;
    const progress = parseProgress(JSON.stringify({ answers, step: 7, stepKey: "review" }), questionnaire)!;
    expect(progress.step).toBe(4);
    expect(progress.stepKey).toBe("temperament-2");
  });
});
