import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/results/score";
import { profile } from "../fixtures/answers";
import { personaAnswers, personas } from "../fixtures/personas";

describe("personas land in the band a counsellor would expect", () => {
  it("has at least ten personas", () => {
    expect(personas.length).toBeGreaterThanOrEqual(10);
  });

  it.each(personas.map((persona) => [persona.id, persona] as const))("%s", (_id, persona) => {
    const result = scoreAssessment(profile, personaAnswers(persona));
    expect(result.band.id, `${persona.who}: ${persona.why} (scored ${result.overall})`).toBe(persona.expectedBand);
  });

  it("flags the straight-liner's answers as low confidence", () => {
    const straightLiner = personas.find((persona) => persona.id === "straight-liner")!;
    expect(scoreAssessment(profile, personaAnswers(straightLiner)).quality.confidence).toBe("low");
  });
});
