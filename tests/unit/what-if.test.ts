import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile as profile } from "@/lib/profiles";
import { type Answers } from "@/lib/scoring";
import { scoreAssessment } from "@/lib/results/score";
import { resultInMarket } from "@/lib/report/market-words";
import {
  applyScenario,
  checkScenario,
  credentialStepLabel,
  decodeScenario,
  encodeScenario,
  HEALTHCARE_ITEM,
  scenarioDiff,
  TRAINING_ITEM,
  whatIfOptions,
  type Scenario,
} from "@/lib/what-if";
import { personaAnswers, personas } from "../fixtures/personas";

const options = whatIfOptions(profile);
const t = pageWords("en", "whatIf");
const TRAINING_ORDER = ["none", "self-study", "course-in-progress", "course-completed", "certified"];

/** Every single change the panel offers this person. */
function offeredChanges(answers: Answers): Scenario[] {
  const changes: Scenario[] = options.degrees.map((degree) => ({ background: degree.value }));
  const trainingAt = TRAINING_ORDER.indexOf(String(answers[TRAINING_ITEM]));
  for (const step of ["course-completed", "certified"] as const) {
    if (TRAINING_ORDER.indexOf(step) > trainingAt) changes.push({ training: step });
  }
  if (answers[HEALTHCARE_ITEM] !== "3-plus") changes.push({ healthcareYearPlus: true });
  for (const skill of options.skills) {
    const current = Number(answers[`skills.${skill.id}`]);
    for (let level = current + 1; level <= 4; level++) changes.push({ skills: { [skill.id]: level } });
  }
  return changes;
}

const deepFreeze = <T extends object>(value: T): T => Object.freeze(value);

describe("what-if changes", () => {
  it("offers backgrounds, both training steps, the healthcare year and every skill level", () => {
    const answers = personaAnswers(personas[1]!);
    const changes = offeredChanges(answers);
    expect(changes.filter((change) => change.background)).toHaveLength(14);
    expect(changes.filter((change) => change.training)).toHaveLength(2);
    expect(changes.some((change) => change.healthcareYearPlus)).toBe(true);
  });

  for (const persona of personas) {
    it(`every offered change for ${persona.id} equals a fresh score of the changed answers`, () => {
      const answers = deepFreeze(personaAnswers(persona));
      const snapshot = structuredClone(answers);
      const before = scoreAssessment(profile, answers);
      for (const scenario of offeredChanges(answers)) {
        expect(checkScenario(profile, answers, scenario, t)).toEqual({ ok: true, scenario });
        const changed = applyScenario(answers, scenario, profile);
        expect(changed).not.toBe(answers);
        const after = scoreAssessment(profile, changed);
        // The same engine on the changed answers, built independently of applyScenario.
        const expected: Answers = { ...snapshot };
        if (scenario.background) expected["education.degree"] = scenario.background;
        if (scenario.training) expected["about.training"] = scenario.training;
        if (scenario.healthcareYearPlus) {
          const buckets = ["none", "under-1", "1-2", "3-plus"];
          expected["about.healthcare-years"] = buckets[buckets.indexOf(String(snapshot["about.healthcare-years"])) + 1]!;
        }
        for (const [id, level] of Object.entries(scenario.skills ?? {})) expected[`skills.${id}`] = level;
        expect(changed).toEqual(expected);
        expect(after).toEqual(scoreAssessment(profile, expected));

        const diff = scenarioDiff(before, after, scenario, profile, t);
        expect(diff.overall).toEqual({ before: before.overall, after: after.overall, delta: after.overall - before.overall });
        const explained = diff.lines.reduce((sum, line) => sum + line.points, 0);
        expect(Math.round(explained * 10) / 10).toBeCloseTo(after.overall - before.overall, 5);
      }
      expect(answers).toEqual(snapshot);
    });
  }

  it("explains a skill change with the points it moved, and the next-step changes", () => {
    const persona = personas.find((entry) => entry.id === "bcom-dislikes-desk-and-routine")!;
    const answers = personaAnswers(persona);
    const scenario: Scenario = { training: "certified", skills: { "medical-terminology": 2 } };
    const before = scoreAssessment(profile, answers);
    const after = scoreAssessment(profile, applyScenario(answers, scenario, profile));
    const diff = scenarioDiff(before, after, scenario, profile, t);
    const line = diff.lines.find((entry) => entry.key === "skill:medical-terminology")!;
    expect(line.points).toBeGreaterThan(0);
    expect(line.text).toMatch(/^\+\d+\.\d: Medical Terminology from level 0 to 2 \(importance high, weight 1\.0/);
    expect(diff.lines.find((entry) => entry.key === "training")!.points).toBe(0);
    expect(diff.nextSteps.map((change) => change.kind)).toContain("stage");
  });

  it("rejects lowering a skill, a training step already taken and a healthcare year past the top", () => {
    const answers = { ...personaAnswers(personas[0]!), "about.training": "certified", "about.healthcare-years": "3-plus" };
    const lowered = checkScenario(profile, answers, { skills: { "medical-terminology": 1 } }, t);
    expect(lowered).toEqual({ ok: false, message: expect.stringMatching(/changed or is incomplete: Medical Terminology can only be raised/) });
    expect(checkScenario(profile, answers, { training: "course-completed" }, t).ok).toBe(false);
    expect(checkScenario(profile, answers, { healthcareYearPlus: true }, t).ok).toBe(false);
  });
});

describe("what-if links", () => {
  const answers = personaAnswers(personas[1]!);
  const arbitraryScenario: fc.Arbitrary<Scenario> = fc.record(
    {
      background: fc.constantFrom(...options.degrees.map((degree) => degree.value)),
      training: fc.constantFrom("course-completed" as const, "certified" as const),
      healthcareYearPlus: fc.constant(true as const),
      skills: fc.dictionary(fc.constantFrom(...options.skills.map((skill) => skill.id)), fc.integer({ min: 0, max: 4 })),
    },
    { requiredKeys: [] },
  );

  it("round-trips every scenario through a URL-safe code", () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const code = encodeScenario(scenario);
        expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
        const decoded = decodeScenario(code, profile, t);
        expect(decoded.ok).toBe(true);
        const expected = { ...scenario };
        if (expected.skills && !Object.keys(expected.skills).length) delete expected.skills;
        if (decoded.ok) expect(decoded.scenario).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a two-change link short", () => {
    const code = encodeScenario({ training: "course-completed", skills: { "medical-terminology": 2 } });
    expect(code.length).toBeLessThan(80);
    expect(decodeScenario(code, profile, t, answers)).toEqual({
      ok: true,
      scenario: { training: "course-completed", skills: { "medical-terminology": 2 } },
    });
  });

  const code = (wire: unknown) => Buffer.from(JSON.stringify(wire)).toString("base64url");
  const tampered: [string, string, RegExp][] = [
    ["an unknown background", code({ b: "astronaut" }), /background is not one of the degrees/],
    ["level 9", code({ s: { "medical-terminology": 9 } }), /Medical Terminology must be a level from 0 to 4/],
    ["a level that is not a whole number", code({ s: { "medical-terminology": 2.5 } }), /must be a level from 0 to 4/],
    ["an unknown skill", code({ s: { juggling: 3 } }), /we do not offer \(juggling\)/],
    ["an unknown key", code({ x: 1 }), /changes we do not offer \(x\)/],
    ["a temperament change", code({ "temperament.routine": 5 }), /changes we do not offer/],
    ["an unknown training step", code({ t: "phd" }), /training step is not one of the steps/],
    ["a healthcare flag that is not 1", code({ h: 2 }), /healthcare-year step/],
    ["garbage base64", "%%%not-base64!!", /not one this site made/],
    ["base64 that is not JSON", Buffer.from("hello").toString("base64url"), /cannot be read/],
    ["a JSON array", code([1, 2]), /does not describe any changes/],
    ["a truncated code", code({ b: "bpharm", s: { "medical-terminology": 3 } }).slice(0, -6), /cannot be read/],
  ];
  for (const [what, text, message] of tampered) {
    it(`rejects ${what} with a clear message`, () => {
      const result = decodeScenario(text, profile, t, answers);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/^This what-if link has been changed or is incomplete: /);
        expect(result.message).toMatch(message);
      }
    });
  }

  it("rejects a link that lowers a skill below this person's answer", () => {
    const withSkill = { ...answers, "skills.ehr-computer": 3 };
    const result = decodeScenario(code({ s: { "ehr-computer": 1 } }), profile, t, withSkill);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/can only be raised, not lowered below your answer \(level 3\)/) });
  });
});

describe("what-if in the person's market", () => {
  const persona = personas.find((entry) => entry.id === "uk-biomedical-graduate")!;
  const answers = personaAnswers(persona);

  it("names the UK's code set and credential in the lines it explains, never CPT or CPC", () => {
    const cpt = options.skills.find((skill) => skill.id === "cpt-coding")!;
    const current = Number(answers[`skills.${cpt.id}`]);
    const scenario: Scenario = { training: "certified", skills: { [cpt.id]: Math.min(4, current + 1) } };
    const before = resultInMarket(scoreAssessment(profile, answers), profile);
    const after = resultInMarket(scoreAssessment(profile, applyScenario(answers, scenario, profile)), profile);
    const text = scenarioDiff(before, after, scenario, profile, t).lines.map((line) => line.text).join("\n");
    expect(text).toContain("OPCS-4");
    expect(text).toContain("NCCQ");
    expect(text).not.toMatch(/\bCPT\b|\bCPC\b|\bCCA\b/);
  });

  it("keeps CPC or CCA as the credential step in India, the USA and elsewhere", () => {
    for (const market of ["india", "usa", "other"]) expect(credentialStepLabel(market, t)).toBe("Earn CPC or CCA");
    expect(credentialStepLabel("uk", t)).toBe("Pass the NCCQ");
  });
});

describe("what-if in Hindi", () => {
  const hindi = profileIn(profile, "hi");
  const tHi = pageWords("hi", "whatIf");
  const persona = personas.find((entry) => entry.id === "bcom-dislikes-desk-and-routine")!;
  const answers = personaAnswers(persona);

  it("scores with the Hindi profile exactly as in English, and words the lines in Hindi", () => {
    const scenario: Scenario = { training: "certified", skills: { "medical-terminology": 2 } };
    const before = scoreAssessment(hindi, answers, "hi");
    const after = scoreAssessment(hindi, applyScenario(answers, scenario, hindi), "hi");
    const diff = scenarioDiff(before, after, scenario, hindi, tHi);
    const english = scenarioDiff(scoreAssessment(profile, answers), scoreAssessment(profile, applyScenario(answers, scenario, profile)), scenario, profile, t);
    expect(diff.overall).toEqual(english.overall);
    expect(diff.lines.map((line) => line.points)).toEqual(english.lines.map((line) => line.points));
    const skill = diff.lines.find((line) => line.key === "skill:medical-terminology")!.text;
    expect(skill).toContain("मेडिकल शब्दावली");
    expect(skill).toContain("लेवल 0 से 2");
    expect(diff.lines.find((line) => line.key === "training")!.text).toContain("CPC या CCA लें");
    expect(diff.nextSteps.map((change) => change.label)).toContain("अभी आप किस पड़ाव तक पहुँच सकते हैं");
  });

  it("explains a broken link in Hindi", () => {
    const result = decodeScenario(Buffer.from(JSON.stringify({ s: { "medical-terminology": 9 } })).toString("base64url"), hindi, tHi, answers);
    expect(result).toEqual({ ok: false, message: "‘अगर…’ का यह लिंक बदला गया है या अधूरा है: मेडिकल शब्दावली का लेवल 0 से 4 के बीच होना चाहिए।" });
  });
});
