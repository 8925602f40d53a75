import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/results/score";
import { compareResults, describeDelta, formatDelta, orderByTime, roundDelta } from "@/lib/results/compare";
import { profile } from "../fixtures/answers";
import { personaAnswers, personas } from "../fixtures/personas";

const persona = (id: string) => {
  const found = personas.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No persona ${id}`);
  return found;
};
const score = (id: string) => scoreAssessment(profile, personaAnswers(persona(id)));

const weak = score("bcom-dislikes-desk-and-routine");
const strong = score("nursing-graduate-loves-detail");

describe("formatting deltas", () => {
  it("shows the sign, one decimal at most and a true minus", () => {
    expect(formatDelta(3.5)).toBe("+3.5");
    expect(formatDelta(-2)).toBe("\u22122");
    expect(formatDelta(0.04)).toBe("0");
    expect(formatDelta(-0.04)).toBe("0");
    expect(roundDelta(0.1 + 0.2 - 0.3)).toBe(0);
    expect(describeDelta(12.25)).toBe("up 12.3");
    expect(describeDelta(-4)).toBe("down 4");
    expect(describeDelta(0)).toBe("no change");
  });
});

describe("compareResults", () => {
  it("finds no change between a result and itself", () => {
    const same = compareResults(strong, strong);
    expect(same.overall.delta).toBe(0);
    expect(same.band.changed).toBe(false);
    expect(same.components.map((component) => component.delta)).toEqual([0, 0, 0]);
    expect(same.gapsClosed).toEqual([]);
    expect(same.gapsOpened).toEqual([]);
    expect(same.levelChanges).toEqual([]);
    expect(same.flagsAdded).toEqual([]);
    expect(same.flagsRemoved).toEqual([]);
    expect(same.flagsChanged).toEqual([]);
    expect(same.learningStep.changed).toBe(false);
    expect(same.stage.changed).toBe(false);
  });

  it("reports the overall score, band and all three components with deltas", () => {
    const change = compareResults(weak, strong);
    expect(change.overall).toEqual({ before: weak.overall, after: strong.overall, delta: roundDelta(strong.overall - weak.overall) });
    expect(change.overall.delta).toBeGreaterThan(0);
    expect(change.band).toEqual({
      before: { id: "not-natural", label: weak.band.label },
      after: { id: "strong", label: strong.band.label },
      changed: true,
    });
    expect(change.components.map((component) => component.id)).toEqual(["education", "skills", "temperament"]);
    for (const component of change.components) {
      expect(component.before).toBe(weak.components[component.id].score);
      expect(component.after).toBe(strong.components[component.id].score);
      expect(component.delta).toBe(roundDelta(component.after - component.before));
    }
  });

  it("lists gaps closed and opened, and every level change", () => {
    const change = compareResults(weak, strong);
    const gapIn = (result: typeof weak, id: string) => result.skills.find((skill) => skill.skillId === id)!.gap > 0;
    for (const skill of change.gapsClosed) {
      expect(gapIn(weak, skill.skillId)).toBe(true);
      expect(gapIn(strong, skill.skillId)).toBe(false);
    }
    for (const skill of change.gapsOpened) {
      expect(gapIn(weak, skill.skillId)).toBe(false);
      expect(gapIn(strong, skill.skillId)).toBe(true);
    }
    // Medical terminology goes from none to level 3, which meets what the job asks.
    expect(change.gapsClosed.map((skill) => skill.skillId)).toContain("medical-terminology");
    expect(change.levelChanges.length).toBeGreaterThan(0);
    const deltas = change.levelChanges.map((skill) => Math.abs(skill.delta));
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
    for (const skill of change.levelChanges) expect(skill.delta).not.toBe(0);

    // Swapping the two turns closed gaps into opened ones.
    const reverse = compareResults(strong, weak);
    expect(reverse.gapsOpened.map((skill) => skill.skillId)).toEqual(change.gapsClosed.map((skill) => skill.skillId));
    expect(reverse.overall.delta + change.overall.delta).toBe(0);
  });

  it("lists not-ideal flags added and removed, with their names", () => {
    expect(weak.traits.flags.length).toBeGreaterThan(0);
    const better = compareResults(weak, strong);
    expect(better.flagsRemoved.map((flag) => flag.traitId)).toEqual(
      weak.traits.flags.filter((flag) => !strong.traits.flags.some((other) => other.traitId === flag.traitId)).map((flag) => flag.traitId),
    );
    for (const flag of better.flagsRemoved) {
      expect(flag.name).toBe(weak.traits.all.find((trait) => trait.traitId === flag.traitId)!.name);
    }
    const worse = compareResults(strong, weak);
    expect(worse.flagsAdded.map((flag) => flag.traitId)).toEqual(better.flagsRemoved.map((flag) => flag.traitId));
    expect(worse.flagsRemoved).toEqual(better.flagsAdded.map((flag) => ({ ...flag })));
  });

  it("uses names from the career profile when given", () => {
    const names = Object.fromEntries(profile.traits.map((trait) => [trait.id, `Profile: ${trait.name}`]));
    const worse = compareResults(strong, weak, names);
    for (const flag of worse.flagsAdded) expect(flag.name).toBe(names[flag.traitId]);
  });

  it("reports the learning step and stage before and after", () => {
    const change = compareResults(weak, strong);
    expect(change.learningStep.before).toEqual({ step: weak.readiness.learningStep.step, focus: weak.readiness.learningStep.focus });
    expect(change.learningStep.after.step).toBe(strong.readiness.learningStep.step);
    expect(change.learningStep.changed).toBe(weak.readiness.learningStep.step !== strong.readiness.learningStep.step);
    expect(change.stage.after.id).toBe(strong.readiness.stage.id);
    expect(change.stage.changed).toBe(weak.readiness.stage.id !== strong.readiness.stage.id);
  });

  it("compares each pair of personas without throwing, symmetric in the overall delta", () => {
    const results = personas.map((entry) => scoreAssessment(profile, personaAnswers(entry)));
    for (const a of results) {
      for (const b of results) {
        expect(compareResults(a, b).overall.delta + compareResults(b, a).overall.delta).toBe(0);
      }
    }
  });
});

describe("orderByTime", () => {
  it("puts the earlier result first", () => {
    const early = { createdAt: "2026-01-01T00:00:00.000Z", id: "early" };
    const late = { createdAt: "2026-02-01T00:00:00.000Z", id: "late" };
    expect(orderByTime(late, early)).toEqual([early, late]);
    expect(orderByTime(early, late)).toEqual([early, late]);
  });
});
