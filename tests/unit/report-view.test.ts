import { describe, expect, it } from "vitest";
import { medicalCoderProfile as profile } from "@/lib/profiles";
import {
  bandRange,
  buildReceipt,
  buildReportView,
  buildSalary,
  buildSignals,
  buildSummary,
  curlyQuotes,
  describeAnswer,
  formatLevels,
  formatMonths,
  formatPoints,
  formatTakenDate,
  formatWeight,
  formatYears,
  isoDate,
  joinWords,
  journeyPosition,
  layoutSkillsChart,
  marketName,
  marketPhrase,
  orderChallenges,
  orderSkills,
  shareHeadline,
} from "@/lib/report";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { scoreAssessment } from "@/lib/results/score";
import { scoreIn } from "@/lib/results/stored";
import type { AssessmentResult } from "@/lib/results/types";
import { personaAnswers, personas } from "../fixtures/personas";

function resultFor(id: string, overrides: Record<string, string | number> = {}): AssessmentResult {
  const persona = personas.find((entry) => entry.id === id);
  if (!persona) throw new Error(`No persona ${id}`);
  return scoreAssessment(profile, { ...personaAnswers(persona), ...overrides });
}

describe("formatters", () => {
  it("shows points with one decimal and weights as a share of the total", () => {
    expect(formatPoints(22)).toBe("22.0");
    expect(formatPoints(3.75)).toBe("3.8");
    expect(formatWeight(0.25)).toBe("25%");
    expect(formatWeight(0.0375)).toBe("3.8%");
    expect(formatWeight(0.03529411764705882)).toBe("3.5%");
  });

  it("words months, years and dates", () => {
    expect(formatMonths({ min: 0, max: 6 })).toBe("First 6 months");
    expect(formatMonths({ min: 12, max: 24 })).toBe("Months 12–24");
    expect(formatMonths({ min: 36, max: null })).toBe("Month 36 onwards");
    expect(formatYears({ min: 0, max: 0.5 })).toBe("Up to 6 months");
    expect(formatYears({ min: 6, max: null })).toBe("6+ years");
    const date = new Date("2026-11-22T20:30:00Z");
    // Late evening in UTC is already the next day in India.
    expect(formatTakenDate(date, "india")).toBe("23 November 2026");
    expect(formatTakenDate(date, "uk")).toBe("22 November 2026");
    expect(isoDate(date, "india")).toBe("2026-11-23");
  });

  it("turns straight quotes from the engine into typographic ones", () => {
    expect(curlyQuotes('the "Strong fit" band')).toBe("the \u201cStrong fit\u201d band");
  });
});

describe("answers in words", () => {
  it("words agreement, level and choice answers from the questionnaire", () => {
    expect(describeAnswer(profile, { itemId: "temperament.notice-small-mistakes", answer: 4 }).text).toBe(
      'You answered "Agree" to: I notice small mistakes, like a wrong digit or a misspelt name, that other people miss.',
    );
    const level = describeAnswer(profile, { itemId: "skills.medical-terminology", answer: 2 });
    expect(level.form).toBe("level");
    expect(level.text).toBe("Level 2: I can read a doctor's note and understand most terms without looking them up.");
    const choice = describeAnswer(profile, { itemId: "education.degree", answer: "bpharm" });
    expect(choice).toMatchObject({ form: "chose", answer: "B.Pharm" });
  });

  it("still says something for a question the questionnaire no longer has", () => {
    expect(describeAnswer(profile, { itemId: "temperament.retired", answer: 3 }).text).toContain("temperament.retired");
  });
});

describe("journey position", () => {
  it.each([
    ["none", 0, 1],
    ["self-study", 0, 1],
    ["course-in-progress", 0, 2],
    ["course-completed", 0, 3],
    ["course-completed", 1, 4],
    ["certified", 0, 4],
    ["certified", 1, 4],
    ["certified", 3, 5],
    ["certified", 6, 5],
  ] as const)("training %s with %d coding years is phase %d", (training, years, phase) => {
    expect(journeyPosition(training, years).phase).toBe(phase);
  });

  it("marks the current phase and those before it in the report", () => {
    const view = buildReportView(resultFor("zoology-course-completed"), profile);
    expect(view.nextSteps.journey.current).toBe(3);
    expect(view.nextSteps.journey.phases.map((phase) => phase.status)).toEqual(["done", "done", "current", "ahead", "ahead"]);
  });
});

describe("summary", () => {
  it("gives each band its score range", () => {
    expect(bandRange(profile, "strong")).toBe("75–100");
    expect(bandRange(profile, "good")).toBe("60–74");
    expect(bandRange(profile, "not-natural")).toBe("0–44");
  });

  it("explains a capped band by naming the band the score alone reached", () => {
    const summary = buildSummary(resultFor("physiotherapist-hates-desk-work"), profile);
    expect(summary.band.label).toBe("Good fit");
    expect(summary.bandCap?.uncappedLabel).toBe("Strong fit");
    expect(summary.bandCap?.reason).not.toContain('"');
  });

  it("passes on low confidence and its warnings", () => {
    const summary = buildSummary(resultFor("straight-liner"), profile);
    expect(summary.confidence.level).toBe("low");
    expect(summary.confidence.warnings.length).toBeGreaterThan(0);
    expect(summary.confidence.knowledge).toBe("0 of 6");
  });
});

describe("receipt", () => {
  it.each(personas.map((persona) => persona.id))("adds up to the overall score for %s", (id) => {
    const result = resultFor(id);
    const receipt = buildReceipt(result, profile);
    expect(receipt.addsUp).toBe(true);
    expect(receipt.totalPointsText).toBe(formatPoints(result.overall));
    expect(receipt.equation.endsWith(`= ${result.overall}`)).toBe(true);
    expect(receipt.groups.map((group) => group.id)).toEqual(["education", "skills", "temperament"]);
    expect(receipt.groups.reduce((sum, group) => sum + group.lines.length, 0)).toBe(result.receipt.length);
    for (const group of receipt.groups) for (const line of group.lines) expect(line.answers.length).toBeGreaterThan(0);
  });

  it("labels only trait lines with their kind", () => {
    const receipt = buildReceipt(resultFor("bpharm-career-changer"), profile);
    expect(receipt.groups[1]!.lines.every((line) => line.kind === "")).toBe(true);
    expect(receipt.groups[2]!.lines[0]!.kind).toBe("Good-fit trait");
  });
});

describe("skills", () => {
  it("orders gaps most urgent first, then the skills already reached by importance", () => {
    const result = resultFor("bpharm-career-changer");
    const ordered = orderSkills(result).map((skill) => skill.skillId);
    expect(ordered.slice(0, result.gaps.length)).toEqual(result.gaps);
    const rest = orderSkills(result).slice(result.gaps.length);
    expect(rest.every((skill) => skill.gap === 0)).toBe(true);
    for (let i = 1; i < rest.length; i++) expect(rest[i - 1]!.importanceWeight).toBeGreaterThanOrEqual(rest[i]!.importanceWeight);
  });

  it("says when the knowledge check changed a level", () => {
    const view = buildReportView(resultFor("physiotherapist-hates-desk-work"), profile);
    const icd = view.skills.find((row) => row.id === "icd-coding")!;
    expect(icd.calibrationNote).toBe("Counted as 1 after the knowledge check (you chose 0).");
    const terminology = view.skills.find((row) => row.id === "medical-terminology")!;
    expect(terminology.calibrationNote).toBeNull();
  });

  it("lays the chart out top to bottom, with room for calibration notes", () => {
    const view = buildReportView(resultFor("physiotherapist-hates-desk-work"), profile);
    const layout = layoutSkillsChart(view.skills);
    expect(layout.rows).toHaveLength(view.skills.length);
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.nameY).toBeGreaterThan(layout.rows[i - 1]!.detailY);
    expect(layout.height).toBeGreaterThan(layout.rows.at(-1)!.detailY);
    expect(layout.ticks.map((tick) => tick.level)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("fit signals", () => {
  it("lists flags with their strength and the answers behind them", () => {
    const signals = buildSignals(resultFor("physiotherapist-hates-desk-work"), profile);
    expect(signals.flags).toHaveLength(1);
    expect(signals.flags[0]).toMatchObject({ id: "dislikes-desk-computer-work", strength: "strong", strengthLabel: "Strong signal" });
    expect(signals.flags[0]!.dayToDay).not.toBe("");
    expect(signals.flags[0]!.answers.map((answer) => answer.itemId)).toContain("temperament.desk-drains");
    expect(signals.matched).toHaveLength(7);
  });

  it("has nothing to list when no trait shows", () => {
    const signals = buildSignals(resultFor("straight-liner"), profile);
    expect(signals.matched).toHaveLength(0);
    expect(signals.flags).toHaveLength(0);
    expect(signals.unmatched).toHaveLength(7);
  });
});

describe("next steps", () => {
  it("highlights the salary row for the stage reachable now", () => {
    const salary = buildSalary(resultFor("bpharm-career-changer"), profile);
    expect(salary.kind).toBe("table");
    if (salary.kind === "table") {
      expect(salary.currency).toBe("INR");
      expect(salary.rows.filter((row) => row.current)).toHaveLength(1);
    }
  });

  it("shows market notes instead of salaries where the sources give none", () => {
    const salary = buildSalary(resultFor("uk-nurse-clinical-coder", { "about.market": "canada" }), profile);
    expect(salary.kind).toBe("none");
    if (salary.kind === "none") {
      expect(salary.message).toContain("for Canada");
      expect(salary.roleTitle).toMatch(/Health Information Management/);
      expect(salary.notes).not.toBe("");
    }
  });

  it("shows NHS pay in pounds by band for the UK, with the pages it comes from", () => {
    const salary = buildSalary(resultFor("uk-biomedical-graduate"), profile);
    expect(salary.kind).toBe("table");
    if (salary.kind === "table") {
      expect(salary.currency).toBe("GBP");
      expect(salary.rows.map((row) => row.range)).toEqual(["£24,937–£26,598 a year"]);
      expect(salary.rows[0]!.label).toMatch(/Agenda for Change Band 3 \(England pay scale, 2025\/26\)/);
      expect(salary.sources).toMatch(/NHS Careers/);
      expect(JSON.stringify(salary)).not.toMatch(/₹|\$|INR|USD/);
    }
  });

  it("puts challenges tied to a flag first", () => {
    const challenges = orderChallenges(resultFor("physiotherapist-hates-desk-work"), profile);
    expect(challenges[0]!.reason).toContain("raised a flag");
  });

  it("offers similar careers only to the lower bands, with what they share and how they differ", () => {
    const low = buildReportView(resultFor("ba-graduate-wants-people-work"), profile);
    expect(low.nextSteps.similarCareers.length).toBeGreaterThan(0);
    expect(low.nextSteps.similarCareers[0]!.differs).not.toBe("");
    expect(buildReportView(resultFor("nursing-graduate-loves-detail"), profile).nextSteps.similarCareers).toHaveLength(0);
  });

  it("marks the progression stage reachable now", () => {
    const view = buildReportView(resultFor("certified-coder-two-years"), profile);
    const current = view.nextSteps.roles.stages.filter((stage) => stage.status === "current");
    expect(current.map((stage) => stage.id)).toEqual(["execution"]);
    expect(view.nextSteps.learning.following.every((step) => step.step > view.nextSteps.learning.step)).toBe(true);
  });
});

describe("share card", () => {
  it("names the band only, or asks the question for an unknown report", () => {
    expect(shareHeadline("Good fit")).toBe("Good fit for medical coding");
    expect(shareHeadline("Possible with preparation")).toBe("Medical coding: possible with preparation");
    expect(shareHeadline(null)).toBe("Is medical coding the right career for you?");
  });
});

describe("the report in Hindi", () => {
  const hi = pageWords("hi", "report");
  const hindiProfile = profileIn(profile, "hi");

  it("words formatters, dates and markets in the page's language; English stays as it was", () => {
    const date = new Date("2026-11-22T20:30:00Z");
    expect(formatTakenDate(date, "india", "hi")).toBe("23 नवंबर 2026");
    expect(formatTakenDate(date, "india", "en")).toBe("23 November 2026");
    expect(formatMonths({ min: 0, max: 6 }, hi)).toBe("पहले 6 महीने");
    expect(formatYears({ min: 6, max: null }, hi)).toBe("6+ साल");
    expect(formatLevels(1.5, hi)).toBe("1.5 लेवल");
    expect(joinWords(["क", "ख", "ग"], hi)).toBe("क, ख और ग");
    expect(marketName(hindiProfile, "usa", hi)).toBe("अमेरिका");
    expect(marketPhrase("uk", marketName(hindiProfile, "uk", hi), hi)).toBe("यूनाइटेड किंगडम");
    expect(marketPhrase("uk", marketName(profile, "uk"))).toBe("the United Kingdom");
  });

  it("names each market in English as the profile does", () => {
    const en = pageWords("en", "report");
    for (const market of profile.content.markets) expect(en(`market.names.${market.id}`)).toBe(market.name);
  });

  it("builds the whole view from a Hindi result and profile with the same figures", () => {
    const answers = personaAnswers(personas[0]!);
    const english = buildReportView(scoreAssessment(profile, answers), profile);
    const view = buildReportView(scoreIn(profile, answers, "hi"), hindiProfile, hi);
    expect(view.summary.overall).toBe(english.summary.overall);
    expect(view.receipt.equation).toBe(english.receipt.equation);
    expect(view.summary.confidence.label).toMatch(/[\u0900-\u097F]/);
    expect(view.nextSteps.roles.stages.map((stage) => stage.yearsText).join(" ")).toMatch(/साल/);
    expect(view.skills.every((row) => /[\u0900-\u097F]/.test(row.importance))).toBe(true);
  });
});
