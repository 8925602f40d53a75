import { describe, expect, it } from "vitest";
import { InvalidAnswersError, SCORING_VERSION, type Answers } from "@/lib/scoring";
import { scoreAssessment } from "@/lib/results/score";
import { buildAnswers, profile, type PersonSpec } from "../fixtures/answers";

const base: PersonSpec = { degree: "bpharm", pro: 4, con: 2, knowledgeCorrect: 3 };
const score = (spec: Partial<PersonSpec> = {}, patch: Answers = {}) =>
  scoreAssessment(profile, { ...buildAnswers({ ...base, ...spec }), ...patch });
const tenths = (points: number) => Math.round(points * 10);

describe("education", () => {
  it("uses the background's fit score from the profile", () => {
    const result = score({ degree: "nursing-allied" });
    expect(result.components.education.score).toBe(88);
    expect(result.education).toMatchObject({ backgroundId: "nursing-allied", preferred: true });
  });

  it("maps other degrees onto the nearest background, with its stated adjustment", () => {
    expect(score({ degree: "bsc-zoology" }).education).toMatchObject({ backgroundId: "bsc-life-sciences", fitScore: 84 });
    expect(score({ degree: "12th-other" }).education).toMatchObject({ backgroundId: "12th-science", fitScore: 50, adjustment: -15 });
    expect(score({ degree: "bcom" }).education).toMatchObject({ backgroundId: "any-bachelor", preferred: false });
  });
});

describe("skills", () => {
  it("scores importance-weighted attainment of each required level", () => {
    const none = score({ skills: {} , knowledgeCorrect: 3 });
    expect(none.components.skills.score).toBe(0);
    const all = score({ skills: Object.fromEntries(profile.skills.map((s) => [s.id, 4])) });
    expect(all.components.skills.score).toBe(100);
    // Required level 2.5 (intermediate-advanced): level 2 reaches 80% of it.
    const icd = score({ skills: { "icd-coding": 2 } }).skills.find((skill) => skill.skillId === "icd-coding")!;
    expect(icd).toMatchObject({ attainment: 0.8, gap: 0.5, requiredLevel: 2.5 });
  });

  it("caps self-rated coding skills when the knowledge check says otherwise, and says so", () => {
    const result = score({ skills: { "icd-coding": 4, "anatomy-physiology": 4 }, knowledgeCorrect: 1 });
    const icd = result.skills.find((skill) => skill.skillId === "icd-coding")!;
    expect(icd).toMatchObject({ selfRated: 4, level: 1, calibration: "capped" });
    // Anatomy is not calibrated by the knowledge check.
    expect(result.skills.find((skill) => skill.skillId === "anatomy-physiology")!.level).toBe(4);
    expect(result.quality.warnings.map((warning) => warning.code)).toContain("self-rating-vs-knowledge");
  });

  it("credits the basics when the knowledge check is (nearly) all right", () => {
    const result = score({ skills: {}, knowledgeCorrect: 6 });
    expect(result.skills.find((skill) => skill.skillId === "cpt-coding")).toMatchObject({ level: 1, calibration: "raised" });
  });

  it("ranks gaps by importance × gap", () => {
    const result = score({ skills: { "billing-basics": 0, "coding-guidelines": 2, "medical-terminology": 2 } });
    const gaps = result.gaps.map((id) => result.skills.find((skill) => skill.skillId === id)!);
    const priorities = gaps.map((gap) => gap.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(gaps[0]!.importance).toBe("high");
    expect(result.gaps).not.toContain("medical-terminology");
  });
});

describe("temperament", () => {
  it("is 100 for someone who agrees with every good-fit statement and rejects every not-ideal one", () => {
    expect(score({ pro: 5, con: 1 }).components.temperament.score).toBe(100);
    expect(score({ pro: 1, con: 5 }).components.temperament.score).toBe(0);
  });

  it("flips reverse-keyed items", () => {
    const agreeing = score({ temperament: { "shortcuts-fine": 5 } });
    const disagreeing = score({ temperament: { "shortcuts-fine": 1 } });
    const ethics = (result: ReturnType<typeof score>) => result.traits.all.find((t) => t.traitId === "ethics-confidentiality")!.score;
    expect(ethics(disagreeing)).toBeGreaterThan(ethics(agreeing));
  });

  it("reports matched good-fit traits and not-ideal flags with the answers behind them", () => {
    const result = score({ pro: 5, con: 1, temperament: { "desk-drains": 5, "computer-all-day": 1 } });
    expect(result.traits.matched).toContain("detail-oriented");
    expect(result.traits.flags).toContainEqual({ traitId: "dislikes-desk-computer-work", strength: "strong" });
    const signal = result.traits.all.find((trait) => trait.traitId === "dislikes-desk-computer-work")!;
    expect(signal.answers).toEqual([
      { itemId: "temperament.computer-all-day", answer: 1 },
      { itemId: "temperament.desk-drains", answer: 5 },
    ]);
  });
});

describe("overall, receipt and band", () => {
  it("adds the receipt up exactly to the overall score", () => {
    const result = score();
    expect(result.receipt.reduce((sum, line) => sum + tenths(line.points), 0)).toBe(result.overall * 10);
    expect(result.receipt).toHaveLength(1 + profile.skills.length + profile.traits.length);
    expect(result.receipt.reduce((sum, line) => sum + line.weight, 0)).toBeCloseTo(1, 10);
    for (const line of result.receipt) expect(line.answers.length).toBeGreaterThan(0);
  });

  it("applies the band cut-offs from the profile", () => {
    const bandOf = (overall: number) =>
      [...profile.scoring.bands].sort((a, b) => b.min - a.min).find((band) => overall >= band.min)!.id;
    for (const spec of [{ pro: 5, con: 1 }, { pro: 3, con: 3 }, { pro: 1, con: 5 }]) {
      const result = score(spec);
      if (!result.bandCap) expect(result.band.id).toBe(bandOf(result.overall));
    }
  });

  it("holds the band down for strong not-ideal flags and explains why", () => {
    const one = score({
      degree: "nursing-allied",
      skills: Object.fromEntries(profile.skills.map((s) => [s.id, 3])),
      pro: 5,
      con: 1,
      temperament: { "desk-drains": 5, "computer-all-day": 1 },
      knowledgeCorrect: 6,
    });
    expect(one.overall).toBeGreaterThanOrEqual(75);
    expect(one.band.id).toBe("good");
    expect(one.bandCap).toMatchObject({ uncappedBand: "strong", flags: ["dislikes-desk-computer-work"] });
    expect(one.bandCap!.reason).toMatch(/Strong fit/);
  });

  it("carries the scoring and profile versions", () => {
    expect(score()).toMatchObject({ scoringVersion: SCORING_VERSION, profileVersion: profile.version, profileId: "medical-coder" });
  });
});

describe("readiness", () => {
  it("starts the learning path at the first step whose skills are not reached", () => {
    expect(score({ skills: {} }).readiness.learningStep.step).toBe(1);
    expect(
      score({ skills: { "medical-terminology": 2, "documentation-review": 2, "anatomy-physiology": 2 } }).readiness.learningStep.step,
    ).toBe(3);
    const all = Object.fromEntries(profile.skills.map((s) => [s.id, 4]));
    expect(score({ skills: all, knowledgeCorrect: 6 }).readiness.learningStep.step).toBe(6);
  });

  it("finds the progression stage reachable now from training and coding experience", () => {
    expect(score({ training: "none" }).readiness.stage.id).toBe("training");
    expect(score({ training: "course-completed" }).readiness.stage.id).toBe("entry");
    expect(score({ training: "certified", codingYears: "1-2" }).readiness.stage.id).toBe("execution");
    expect(score({ training: "certified", codingYears: "3-5" }).readiness.stage.id).toBe("specialist");
    expect(score({ training: "certified", codingYears: "6-plus" }).readiness.stage.id).toBe("leadership");
  });
});

describe("response quality", () => {
  it("warns about straight-lining and lowers confidence", () => {
    const result = score({ pro: 3, con: 3 });
    expect(result.quality.warnings.map((warning) => warning.code)).toContain("straight-lining");
    expect(result.quality.confidence).toBe("low");
  });

  it("warns about contradictory answers to opposite statements", () => {
    const result = score({ pro: 5, con: 5 });
    const warning = result.quality.warnings.find((entry) => entry.code === "contradictions")!;
    expect(warning.itemIds).toContain("temperament.focus-for-hours");
    expect(result.quality.confidence).not.toBe("high");
  });

  it("has high confidence for consistent, varied answers", () => {
    expect(score({ pro: 4, con: 2, temperament: { "notice-small-mistakes": 5, "desk-drains": 1 } }).quality.confidence).toBe("high");
  });
});

describe("recommendations", () => {
  const certs = (market: string, extra: Partial<PersonSpec> = {}) =>
    score({ market, ...extra }).recommendations.certifications.map((certification) => certification.code);

  it("advises certifications by market and background", () => {
    expect(certs("india")[0]).toBe("CPC");
    expect(certs("usa")).toEqual(expect.arrayContaining(["CPC", "CCA"]));
    expect(certs("uk")).toEqual(["NCCQ"]);
    expect(certs("canada")).toEqual(["CCCS"]);
    expect(certs("india", { degree: "nursing-allied" })).toEqual(["CPC", "CCS"]);
    expect(certs("india", { training: "certified", codingYears: "3-5" })).toEqual(expect.arrayContaining(["CCS", "CRC", "CPC-P"]));
  });

  it("gives salaries in the person's currency, and none where the sources have none", () => {
    expect(score({ market: "india" }).recommendations.salary).toMatchObject({ currency: "INR" });
    expect(score({ market: "usa" }).recommendations.salary).toMatchObject({ currency: "USD" });
    expect(score({ market: "uk" }).recommendations.salary).toBeNull();
    const india = score({ market: "india" }).recommendations.salary!;
    expect(india.rows.find((row) => row.current)!.range).toMatch(/₹2.5–4 lakh/);
  });

  it("offers similar careers only when fit is low, each with a reason", () => {
    expect(score({ pro: 5, con: 1 }).recommendations.similarCareers).toEqual([]);
    const low = score({ degree: "ba", pro: 1, con: 5 });
    expect(low.recommendations.similarCareers.length).toBe(4);
    for (const career of low.recommendations.similarCareers) expect(career.reason).not.toBe("");
  });

  it("explains every next step, project and challenge", () => {
    const result = score({ temperament: { "similar-tasks-bore": 5 } });
    const all = [...result.recommendations.nextSteps, ...result.recommendations.projects, ...result.recommendations.challenges];
    for (const entry of all) expect(entry.reason.length).toBeGreaterThan(10);
    expect(result.recommendations.challenges.map((challenge) => challenge.id)).toContain("routine-chart-review");
  });
});

describe("invalid answers", () => {
  const valid = buildAnswers(base);
  const issuesFor = (input: unknown) => {
    try {
      scoreAssessment(profile, input);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidAnswersError);
      return (error as InvalidAnswersError).issues;
    }
    throw new Error("expected the answers to be rejected");
  };

  it("rejects an unknown question id by name", () => {
    expect(issuesFor({ ...valid, "skills.juggling": 3 })).toEqual([
      { path: "skills.juggling", message: "This is not a question in the questionnaire." },
    ]);
  });

  it("rejects a missing answer by question id", () => {
    const { ["about.market"]: _market, ...rest } = valid;
    expect(issuesFor(rest)).toEqual([{ path: "about.market", message: "Please answer this question." }]);
  });

  it("rejects values out of range and of the wrong type", () => {
    expect(issuesFor({ ...valid, "skills.icd-coding": 7 })[0]).toMatchObject({ path: "skills.icd-coding" });
    expect(issuesFor({ ...valid, "temperament.desk-drains": 0 })[0]).toMatchObject({ path: "temperament.desk-drains" });
    expect(issuesFor({ ...valid, "skills.icd-coding": "3" })[0]).toMatchObject({ path: "skills.icd-coding" });
    expect(issuesFor({ ...valid, "skills.icd-coding": 2.5 })[0]).toMatchObject({ path: "skills.icd-coding" });
    expect(issuesFor({ ...valid, "about.market": "mars" })[0]).toMatchObject({
      path: "about.market",
      message: "Choose one of the options listed.",
    });
  });

  it("rejects something that is not an answers object at all", () => {
    expect(issuesFor(null)[0]!.path).toBe("");
    expect(issuesFor([1, 2])[0]!.path).toBe("");
  });
});
