import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/results/score";
import { buildAnswer, buildPlanSummary, buildWhySummary, levelWords, workOnLines } from "@/lib/report";
import { profile } from "../fixtures/answers";
import { personaAnswers, personas } from "../fixtures/personas";

const scored = personas.map((persona) => ({ persona, result: scoreAssessment(profile, personaAnswers(persona)) }));

describe("the answer block", () => {
  it.each(scored.map(({ persona, result }) => [persona.id, result] as const))("%s: a verdict, three timed actions, a certification and a salary line", (_id, result) => {
    const answer = buildAnswer(result, profile);
    expect(answer.overall).toBe(result.overall);
    expect(answer.scoreLine).toBe(`${result.overall} out of 100: ${result.band.label}`);
    expect(answer.verdict.title).not.toBe("");
    expect(answer.actions).toHaveLength(3);
    for (const action of answer.actions) {
      expect(action.title).not.toBe("");
      expect(action.time, `${action.kind} says how long it takes`).not.toBe("");
    }
    expect(new Set(answer.actions.map((action) => action.kind)).size).toBe(3);
    expect(answer.salary.line ?? answer.salary.detail).toBeTruthy();
    expect(answer.watchOuts.length).toBeLessThanOrEqual(2);
  });

  it("gives each band its verdict", () => {
    const verdicts = new Map(scored.map(({ result }) => [result.band.id, buildAnswer(result, profile).verdict.id]));
    expect(verdicts.get("strong")).toBe("go");
    expect(verdicts.get("good")).toBe("go");
    expect(verdicts.get("possible")).toBe("prepare");
    expect(verdicts.get("not-natural")).toBe("alternatives");
  });

  it("puts trying the work first for a person who is not a natural fit", () => {
    const { result } = scored.find(({ persona }) => persona.id === "bcom-dislikes-desk-and-routine")!;
    expect(buildAnswer(result, profile).actions[0]!.kind).toBe("trial");
  });

  it("names the market's salary row for the stage the person can reach", () => {
    const { result } = scored.find(({ persona }) => persona.id === "nursing-graduate-loves-detail")!;
    const current = result.recommendations.salary!.rows.find((row) => row.current)!;
    expect(buildAnswer(result, profile).salary.line).toContain(current.range);
  });

  it("says plainly when the sources have no salary for the market", () => {
    const { result } = scored.find(({ persona }) => persona.id === "canada-biology-graduate")!;
    const salary = buildAnswer(result, profile).salary;
    expect(salary.line).toBeNull();
    expect(salary.detail).toMatch(/no salary figures for Canada/);
    expect(salary.source).toBeUndefined();
  });

  it("gives the UK an NHS line in pounds, with its band, pay year and sources", () => {
    const { result } = scored.find(({ persona }) => persona.id === "uk-biomedical-graduate")!;
    const salary = buildAnswer(result, profile).salary;
    expect(salary.line).toBe("£24,937–£26,598 a year");
    expect(salary.detail).toMatch(/^Clinical coding officer, NHS Agenda for Change Band 3 \(England pay scale, 2025\/26\), the stage you can reach now$/);
    expect(salary.source).toMatch(/higher band/);
    expect(salary.source).toMatch(/Sources: NHS Careers; NHS Take Home Pay Calculator \(independent of the NHS\); IHRIM\./);
    expect(JSON.stringify(salary)).not.toMatch(/₹|\$|INR|USD/);
  });

  it("tells an experienced UK coder the NHS figure is for entry posts, not their stage", () => {
    const { result } = scored.find(({ persona }) => persona.id === "uk-biomedical-graduate")!;
    const experienced = { ...result, readiness: { ...result.readiness, stage: { ...result.readiness.stage, id: "specialist" } } };
    const salary = buildAnswer(experienced, profile).salary;
    expect(salary.line).toBe("£24,937–£26,598 a year");
    expect(salary.detail).toMatch(/what entry posts pay; our sources give no figures for the stage you can reach/);
  });
});

describe("plain words in the default report", () => {
  it.each([
    [0, "level 0 of 4 (not started)"],
    [1, "level 1 of 4"],
    [2.5, "between level 2 and 3 of 4"],
    [4, "level 4 of 4"],
    [2.2, "level 2 of 4"],
  ])("level %s reads %s", (level, words) => {
    expect(levelWords(level)).toBe(words);
  });

  it.each(scored.map(({ persona, result }) => [persona.id, result] as const))("%s: no weights, thresholds or decimal levels", (_id, result) => {
    const answer = buildAnswer(result, profile);
    const { salary, ...rest } = answer;
    const text = JSON.stringify([rest, salary.detail, buildPlanSummary(result, profile), buildWhySummary(result, profile), workOnLines(result)]);
    expect(text).not.toMatch(/\d%/);
    expect(text).not.toMatch(/\blevel \d+\.\d/i);
    expect(text).not.toMatch(/\bweight/i);
    expect(text).not.toMatch(/\d+\.\d+ ?\/ ?100|\d+\.\d+ out of 100/);
  });
});
