import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answers } from "@/lib/scoring";
import { scoreAssessment } from "@/lib/results/score";
import { agreementItems, direction, levelItems, profile } from "../fixtures/answers";
import { answersArb } from "../fixtures/arbitrary-answers";

const RUNS = { numRuns: 1000 };

const score = (answers: Answers) => scoreAssessment(profile, answers);
const tenths = (value: number) => Math.round(value * 10);

describe("scoring properties (fast-check, 1,000 runs each)", () => {
  it("keeps every score within 0–100", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = score(answers);
        for (const value of [result.overall, ...Object.values(result.components).map((component) => component.score)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(Number.isInteger(result.overall)).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(score(structuredClone(answers))).toEqual(score(answers));
      }),
      RUNS,
    );
  });

  it("adds the receipt up exactly to the overall score", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = score(answers);
        expect(result.receipt.reduce((sum, line) => sum + tenths(line.points), 0)).toBe(result.overall * 10);
        for (const line of result.receipt) expect(line.points).toBeLessThanOrEqual(line.maxPoints + 0.1);
      }),
      RUNS,
    );
  });

  it("never lowers overall or skills when any skill level is raised", () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...levelItems), (answers, item) => {
        const current = answers[item.id] as number;
        fc.pre(current < 4);
        const before = score(answers);
        const after = score({ ...answers, [item.id]: current + 1 });
        expect(after.overall).toBeGreaterThanOrEqual(before.overall);
        expect(after.components.skills.score).toBeGreaterThanOrEqual(before.components.skills.score);
      }),
      RUNS,
    );
  });

  it("never lowers temperament when agreeing more with a good-fit statement", () => {
    const goodFitItems = agreementItems.filter((item) => direction(item) === 1);
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...goodFitItems), (answers, item) => {
        const current = answers[item.id] as number;
        fc.pre(current < 5);
        const before = score(answers).components.temperament.score;
        const after = score({ ...answers, [item.id]: current + 1 }).components.temperament.score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("never raises temperament when agreeing more with a not-ideal statement", () => {
    const notIdealItems = agreementItems.filter((item) => direction(item) === -1);
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...notIdealItems), (answers, item) => {
        const current = answers[item.id] as number;
        fc.pre(current < 5);
        const before = score(answers).components.temperament.score;
        const after = score({ ...answers, [item.id]: current + 1 }).components.temperament.score;
        expect(after).toBeLessThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("moves a trait the opposite way for reverse-worded items", () => {
    const pairs = agreementItems.flatMap((item) =>
      item.keys.map((key) => ({ item, trait: key.trait, keyed: key.keyed })),
    );
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...pairs), (answers, { item, trait, keyed }) => {
        const current = answers[item.id] as number;
        fc.pre(current < 5);
        const traitScore = (input: Answers) => score(input).traits.all.find((entry) => entry.traitId === trait)!.score;
        const before = traitScore(answers);
        const after = traitScore({ ...answers, [item.id]: current + 1 });
        if (keyed === "plus") expect(after).toBeGreaterThan(before);
        else expect(after).toBeLessThan(before);
      }),
      RUNS,
    );
  });
});
