import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/results/score";
import { profile } from "../fixtures/answers";
import { personaAnswers, personas } from "../fixtures/personas";

// docs/scoring.md walks through this persona by hand; these are the numbers it states.
const sana = personas.find((persona) => persona.id === "bpharm-career-changer")!;
const doc = readFileSync("docs/scoring.md", "utf8");

describe("the worked example in docs/scoring.md", () => {
  const result = scoreAssessment(profile, personaAnswers(sana));

  it("matches the engine's components, overall and band", () => {
    expect(result.components.education.score).toBe(82);
    expect(result.components.skills.score).toBe(50.8);
    expect(result.components.temperament.score).toBe(75);
    expect(result.overall).toBe(69);
    expect(result.band.label).toBe("Good fit");
    expect(result.bandCap).toBeNull();
    for (const text of ["Education: 82", "Skills = 4.317 ÷ 8.5 × 100 = 50.8", "Temperament =\n0.75 × 100 = 75", "**Overall: 69**", "**Good fit**"]) {
      expect(doc).toContain(text);
    }
  });

  it("matches the skills table", () => {
    const weighted = result.skills.reduce((sum, skill) => sum + skill.importanceWeight * skill.attainment, 0);
    expect(weighted).toBeCloseTo(4.317, 3);
    expect(result.skills.reduce((sum, skill) => sum + skill.importanceWeight, 0)).toBe(8.5);
    expect(result.skills.map((skill) => [skill.level, skill.requiredLevel])).toEqual([
      [2, 2],
      [2, 2],
      [1, 2.5],
      [0, 2],
      [1, 2],
      [0, 3],
      [2, 3],
      [0, 2],
      [2, 2],
    ]);
    expect(result.skills.every((skill) => skill.calibration === null)).toBe(true);
  });

  it("matches the temperament, readiness and recommendations described", () => {
    for (const trait of result.traits.all) expect(trait.score).toBe(trait.kind === "good-fit" ? 0.75 : 0.25);
    expect(result.traits.flags).toEqual([]);
    expect(result.readiness.learningStep.step).toBe(2);
    expect(result.readiness.stage.stage).toBe("Training");
    expect(result.recommendations.certifications[0]!.code).toBe("CPC");
    expect(result.recommendations.projects[0]!.id).toBe("icd-practice-sheet");
    expect(result.recommendations.salary!.rows.find((row) => row.current)!.range).toContain("₹2.5–4 lakh");
    expect(doc).toContain("**starts at step 2**");
  });
});
