import { describe, expect, it } from "vitest";
import { careerProfileSchema, medicalCoderProfile as profile } from "@/lib/profiles";
import { agreementItems, allItems, direction, levelItems } from "../fixtures/answers";

describe("the Medical Coder profile", () => {
  it("validates against the career profile schema", () => {
    expect(() => careerProfileSchema.parse(profile)).not.toThrow();
  });

  it("holds the seed facts: 9 skills, 5 backgrounds, 6 path steps, 6 stages, 4+5 core traits", () => {
    expect(profile.skills).toHaveLength(9);
    expect(profile.education.backgrounds).toHaveLength(5);
    expect(profile.learningPath).toHaveLength(6);
    expect(profile.progression).toHaveLength(6);
    expect(profile.content.journey).toHaveLength(5);
    const fromSeed000 = (kind: string) =>
      profile.traits.filter((trait) => trait.kind === kind && [trait.source].flat().includes("000"));
    expect(fromSeed000("good-fit").map((trait) => trait.id)).toEqual([
      "detail-oriented",
      "reads-medical-records",
      "healthcare-documentation-interest",
      "learns-terminology-guidelines",
    ]);
    expect(fromSeed000("not-ideal")).toHaveLength(5);
    // 001: ethics and routine focus; 004: communication and language accuracy.
    expect(profile.traits.map((trait) => trait.id)).toEqual(
      expect.arrayContaining(["ethics-confidentiality", "routine-focus", "communication-accuracy"]),
    );
    expect(profile.education.backgrounds.map((b) => [b.degree, b.fitScore, b.preferred])).toEqual([
      ["B.Sc Nursing / Allied Health Degree", 88, true],
      ["B.Sc Biology / Microbiology / Biotechnology", 84, true],
      ["B.Pharm", 82, true],
      ["12th Science", 65, true],
      ["Any Bachelor's Degree", 60, false],
    ]);
    expect(profile.education.otherDegrees.map((degree) => degree.name)).toEqual(
      expect.arrayContaining(["B.Sc Botany", "B.Sc Zoology", "Bachelor of Physiotherapy (BPT)"]),
    );
    expect(profile.education.minimumByMarket.map((entry) => entry.market).sort()).toEqual(
      ["canada", "india", "other", "uk", "usa"],
    );
  });

  it("names every certification, with CPC's apprentice rule", () => {
    const codes = profile.content.certifications.map((certification) => certification.code);
    for (const code of ["CPC", "CCA", "CCS", "CRC", "COC", "CIC", "CPC-P", "CPB", "RHIT", "RHIA", "NCCQ", "CCCS"]) {
      expect(codes).toContain(code);
    }
    const cpc = profile.content.certifications.find((certification) => certification.code === "CPC")!;
    expect(cpc.eligibility).toMatch(/CPC-A/);
    expect(cpc.eligibility).toMatch(/2 years/);
  });

  it("quotes only the seeds' example codes and keeps currencies apart", () => {
    const codes = profile.content.codeSets.flatMap((set) => set.examples.map((example) => example.code)).sort();
    expect(codes).toEqual(["12001", "71046", "J18.9", "J3410", "S61.211A"]);
    expect(profile.content.salaries.india).toHaveLength(4);
    expect(profile.content.salaries.usa).toHaveLength(3);
    expect(profile.content.salaries.india[0]).toMatchObject({ annualInrLakh: { min: 2.5, max: 4 } });
  });

  it("gives UK pay as an NHS band with one named pay year, from public pages, and no Canadian figures", () => {
    const uk = profile.content.salaries.uk ?? [];
    expect(uk).toEqual([
      expect.objectContaining({ band: "Band 3", payYear: "2025/26", payCountry: "England", annualGbp: { min: 24937, max: 26598, openEnded: false } }),
    ]);
    // The band and the band's pay come from named public pages, not from the seeds.
    for (const row of uk) expect([row.source].flat()).toEqual(expect.arrayContaining(["nhs-careers-wider-healthcare-team-pay", "nhs-pay-bands-2025-26"]));
    expect("canada" in profile.content.salaries).toBe(false);
    expect(profile.content.salaries.note).toMatch(/no Canadian figures/);
    expect(profile.content.salaries.note).not.toMatch(/no UK/);
  });

  it("gives every fact a source", () => {
    const missing: string[] = [];
    const skipped = new Set(["scoring", "readiness", "recommendations", "questionnaire", "typicalSkills", "doneWhen", "months", "experienceYears"]);
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        value.forEach((entry, i) => {
          if (entry && typeof entry === "object" && !("source" in entry)) missing.push(`${path}[${i}]`);
          walk(entry, `${path}[${i}]`);
        });
      } else if (value && typeof value === "object") {
        for (const [key, child] of Object.entries(value)) if (!skipped.has(key)) walk(child, `${path}.${key}`);
      }
    };
    walk(profile, "profile");
    expect(missing).toEqual([]);
  });

  it("refers only to skills, traits, stages, certifications and courses that exist", () => {
    const skills = new Set(profile.skills.map((skill) => skill.id));
    const traits = new Set(profile.traits.map((trait) => trait.id));
    const stages = new Set(profile.progression.map((stage) => stage.id));
    const certifications = new Set(profile.content.certifications.map((certification) => certification.id));
    const backgrounds = new Set(profile.education.backgrounds.map((background) => background.id));
    const refs = [
      ...profile.learningPath.flatMap((step) => step.doneWhen.map((rule) => [skills, rule.skill] as const)),
      ...profile.education.backgrounds.flatMap((b) => b.typicalSkills.map((s) => [skills, s.skill] as const)),
      ...profile.education.otherDegrees.map((degree) => [backgrounds, degree.mapsTo] as const),
      ...profile.content.projects.flatMap((project) => project.skills.map((skill) => [skills, skill] as const)),
      ...profile.content.challenges.flatMap((challenge) => challenge.relatedTraits.map((t) => [traits, t] as const)),
      ...profile.content.salaries.india.flatMap((row) => row.stageIds.map((id) => [stages, id] as const)),
      ...profile.content.salaries.usa.flatMap((row) => row.stageIds.map((id) => [stages, id] as const)),
      ...(profile.content.salaries.uk ?? []).flatMap((row) => row.stageIds.map((id) => [stages, id] as const)),
      ...profile.content.markets.flatMap((market) => (market.roles ?? []).map((entry) => [stages, entry.stage] as const)),
      ...profile.readiness.stages.map((rule) => [stages, rule.stage] as const),
      ...profile.recommendations.certifications.map((rule) => [certifications, rule.certification] as const),
      ...profile.scoring.calibration.skills.map((skill) => [skills, skill] as const),
    ];
    for (const [known, ref] of refs) expect(known.has(ref), ref).toBe(true);
    const courseIds = new Set(profile.content.courseTypes.map((course) => course.id));
    for (const rule of profile.recommendations.courses) expect(courseIds.has(rule.courseType)).toBe(true);
    const challengeIds = new Set(profile.content.challenges.map((challenge) => challenge.id));
    for (const id of profile.recommendations.generalChallenges) expect(challengeIds.has(id)).toBe(true);
  });

  it("keeps weights and band cut-offs coherent", () => {
    const { weights, bands } = profile.scoring;
    expect(weights.education + weights.skills + weights.temperament).toBeCloseTo(1, 10);
    const cutoffs = bands.map((band) => band.min);
    expect(cutoffs).toEqual([...cutoffs].sort((a, b) => b - a));
    expect(new Set(cutoffs).size).toBe(4);
    expect(cutoffs.at(-1)).toBe(0);
  });
});

describe("the questionnaire", () => {
  // The estimates are a slow reader's (150 words a minute, every word; tests/unit/quiz-steps.test.ts
  // holds each item to it). The upper bound keeps the quiz from quietly growing past a sitting.
  it("has 25 to 40 items with unique ids and takes 11 to 15 minutes by its own estimates", () => {
    expect(allItems.length).toBeGreaterThanOrEqual(25);
    expect(allItems.length).toBeLessThanOrEqual(40);
    expect(new Set(allItems.map((item) => item.id)).size).toBe(allItems.length);
    const minutes = allItems.reduce((sum, item) => sum + item.seconds, 0) / 60;
    expect(minutes).toBeGreaterThanOrEqual(11);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it("has the sections in order: About you, Education, Skills, Temperament, Knowledge check", () => {
    expect(profile.questionnaire.sections.map((section) => section.id)).toEqual([
      "about",
      "education",
      "skills",
      "temperament",
      "knowledge",
    ]);
  });

  it("asks one level item per profile skill, each with five anchors", () => {
    expect(levelItems.map((item) => item.kind === "level" && item.skill).sort()).toEqual(
      profile.skills.map((skill) => skill.id).sort(),
    );
  });

  it("keys at least two items to every trait, with reverse-worded items, all pointing one way", () => {
    const traitKind = new Map(profile.traits.map((trait) => [trait.id, trait.kind]));
    for (const trait of profile.traits) {
      const keyed = agreementItems.filter((item) => item.keys.some((key) => key.trait === trait.id));
      expect(keyed.length, trait.id).toBeGreaterThanOrEqual(2);
    }
    const reverse = agreementItems.filter((item) => item.keys.some((key) => key.keyed === "minus"));
    expect(reverse.length).toBeGreaterThanOrEqual(4);
    for (const item of agreementItems) {
      const directions = item.keys.map((key) => ((traitKind.get(key.trait) === "good-fit") === (key.keyed === "plus") ? 1 : -1));
      expect(new Set(directions).size, item.id).toBe(1);
      expect(directions[0]).toBe(direction(item));
    }
  });

  it("offers every education background and mapped degree as an answer", () => {
    const degree = allItems.find((item) => item.id === "education.degree")!;
    const values = degree.kind === "choice" ? degree.options.map((option) => option.value) : [];
    for (const id of [...profile.education.backgrounds, ...profile.education.otherDegrees].map((entry) => entry.id)) {
      expect(values).toContain(id);
    }
  });
});
