import { describe, expect, it } from "vitest";
import { comparisonIn, retakeNote as noteIn, summarizeChange as summaryIn, type AttemptFigures } from "@/lib/counsellor/attempt-change";
import { profileIn } from "@/lib/i18n/profiles";
import { scoreIn } from "@/lib/results/stored";
import { bandLabel } from "@/lib/shares/figures";
import { pageWords } from "@/lib/i18n/page-words";
import { compareResults, type ResultComparison } from "@/lib/results/compare";
import { scoreAssessment } from "@/lib/results/score";
import { profile } from "../fixtures/answers";
import { personaAnswers, personas } from "../fixtures/personas";

const score = (id: string) => {
  const persona = personas.find((candidate) => candidate.id === id);
  if (!persona) throw new Error(`No persona ${id}`);
  return scoreAssessment(profile, personaAnswers(persona));
};

// The words as the English pages show them, band names the profile's own.
const english = pageWords("en", "counsellor.attempts");
const retakeNote = (previous: AttemptFigures, current: AttemptFigures) => noteIn(previous, current, english, bandLabel);
const summarizeChange = (comparison: ResultComparison) => summaryIn(comparison, english, bandLabel);

const weak = score("bcom-dislikes-desk-and-routine");
const strong = score("nursing-graduate-loves-detail");

describe("the note on a retaken row", () => {
  it("gives the score before and after, and the bands when they changed", () => {
    expect(retakeNote({ overall: 54, band: "possible" }, { overall: 62, band: "good" })).toBe(
      "Retook: 54 \u2192 62, Possible with preparation \u2192 Good fit",
    );
    expect(retakeNote({ overall: 71, band: "good" }, { overall: 68, band: "good" })).toBe("Retook: 71 \u2192 68, still Good fit");
    // A fractional score is shown as the table shows it.
    expect(retakeNote({ overall: 70.25, band: "good" }, { overall: 70.25, band: "good" })).toBe("Retook: 70.3 \u2192 70.3, still Good fit");
  });

  it("numbers attempts from the first", () => {
    expect(english("attemptOf", { number: "2", count: "3" })).toBe("Attempt 2 of 3");
  });
});

describe("what changed between two attempts", () => {
  it("summarises bands, the plan step and the score from the comparison the student's compare page uses", () => {
    const comparison = compareResults(weak, strong);
    const summary = summarizeChange(comparison);
    expect(weak.band.id).not.toBe(strong.band.id);
    expect(summary.headline).toBe(
      retakeNote({ overall: weak.overall, band: weak.band.id }, { overall: strong.overall, band: strong.band.id }),
    );
    expect(summary.band).toBe(`${weak.band.label} \u2192 ${strong.band.label}`);
    const [before, after] = [weak.readiness.learningStep, strong.readiness.learningStep];
    expect(summary.planStep).toBe(
      before.step === after.step
        ? `Unchanged: step ${after.step} (${after.focus})`
        : `Step ${before.step} (${before.focus}) \u2192 step ${after.step} (${after.focus})`,
    );
  });

  it("says nothing moved when the attempts agree", () => {
    const summary = summarizeChange(compareResults(strong, strong));
    expect(summary.band).toBe(`Unchanged: ${strong.band.label}`);
    expect(summary.planStep).toBe(`Unchanged: step ${strong.readiness.learningStep.step} (${strong.readiness.learningStep.focus})`);
    expect(summary.headline).toMatch(/, still /);
  });
});

describe("in Hindi", () => {
  it("words the note and the summary from the Hindi messages and the Hindi band names", () => {
    const hindi = pageWords("hi", "counsellor.attempts");
    const bands: Record<string, string> = { possible: "तैयारी के साथ संभव", good: "अच्छा मेल" };
    expect(noteIn({ overall: 54, band: "possible" }, { overall: 62, band: "good" }, hindi, (id) => bands[id] ?? id)).toBe(
      "दोबारा दिया: 54 \u2192 62, तैयारी के साथ संभव \u2192 अच्छा मेल",
    );
    expect(summaryIn(compareResults(strong, strong), hindi, bandLabel).planStep).toMatch(/^कोई बदलाव नहीं: चरण \d+ /);
  });

  it("words a comparison of stored English results with the Hindi profile and the later result in Hindi", () => {
    const persona = personas.find((candidate) => candidate.id === "nursing-graduate-loves-detail")!;
    const hindiProfile = profileIn(profile, "hi");
    const later = scoreIn(profile, personaAnswers(persona), "hi");
    const worded = comparisonIn(compareResults(weak, strong), hindiProfile, later);
    const bandLabels = new Map(hindiProfile.scoring.bands.map((band) => [band.id, band.label]));
    expect(worded.band.before.label).toBe(bandLabels.get(weak.band.id));
    expect(worded.band.after.label).toBe(bandLabels.get(strong.band.id));
    expect(worded.components.map((part) => part.label)).toEqual(["पढ़ाई", "कौशल", "स्वभाव"]);
    expect(worded.learningStep.after.focus).toBe(later.readiness.learningStep.focus);
    expect(worded.overall).toEqual(compareResults(weak, strong).overall);
  });
});
