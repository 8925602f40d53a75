/**
 * Plans that fit a person's stage and market: the answer block's actions, certification and
 * salary line, the short plan, the journey (its timeline and the activities shown) and the roles,
 * for one persona per stage and market, and a scan of every plan for another market's words.
 */
import { describe, expect, it } from "vitest";
import { marketIdSchema, preferredDegrees, type MarketId } from "@/lib/profiles";
import { buildAnswer, buildNextSteps, buildPlanSummary, type ReportAnswer } from "@/lib/report";
import { scoreAssessment } from "@/lib/results/score";
import type { AssessmentResult } from "@/lib/results/types";
import { buildAnswers, profile, type PersonSpec } from "../fixtures/answers";
import { personaAnswers, personas } from "../fixtures/personas";

function resultFor(id: string, patch: Record<string, string> = {}): AssessmentResult {
  const persona = personas.find((entry) => entry.id === id);
  if (!persona) throw new Error(`No persona ${id}`);
  return scoreAssessment(profile, { ...personaAnswers(persona), ...patch });
}

function plan(result: AssessmentResult) {
  const answer = buildAnswer(result, profile);
  const summary = buildPlanSummary(result, profile);
  const details = buildNextSteps(result, profile);
  const current = details.journey.phases.find((phase) => phase.status === "current")!;
  const kinds = answer.actions.map((action) => action.kind);
  const action = (kind: string) => answer.actions.find((entry) => entry.kind === kind);
  const salaryRow = details.salary.kind === "table" ? details.salary.rows.find((row) => row.current) : undefined;
  // Everything the plan says to the person, on the page, in the PDF and on the details view.
  const text = JSON.stringify([answer, summary, details]);
  return { answer, summary, details, current, kinds, action, salaryRow, text };
}

const phaseTime = (details: ReturnType<typeof buildNextSteps>, phase: number) =>
  details.journey.phases.find((entry) => entry.phase === phase)!.monthsText;

describe("a 12th-standard school student in India", () => {
  const { answer, summary, details, current, kinds, action, text } = plan(resultFor("12th-science-school-leaver"));

  it("is told to finish 12th and which degrees lead here, then to try the work", () => {
    expect(kinds).toEqual(["finish-school", "choose-degree", "trial"]);
    expect(action("finish-school")!.title).toMatch(/finish 12th/i);
    expect(action("finish-school")!.title).toMatch(/science/i);
    for (const degree of preferredDegrees(profile)) expect(action("choose-degree")!.detail).toContain(degree);
    expect(summary.learning!.focus).toMatch(/medical terms/i);
  });

  it("is not sent to a course for career changers, nor told of jobs to look for now", () => {
    expect(kinds).not.toContain("course");
    expect(kinds).not.toContain("apply");
    expect(text).not.toMatch(/career changers/i);
    expect(summary.roles.now).toEqual([]);
    expect(summary.roles.later).toContain("Medical Coding Trainee");
    expect(details.roles.noneNow).not.toBeNull();
    expect(details.roles.stages.some((stage) => stage.status === "current")).toBe(false);
  });

  it("sees the trainee salary as what first jobs pay, not as the stage reachable now", () => {
    expect(answer.salary.line).toMatch(/₹2\.5–4 lakh/);
    expect(answer.salary.detail).not.toMatch(/reach now/);
    expect(answer.salary.detail).toMatch(/first coding jobs/);
    expect(details.salary.kind === "table" && details.salary.rows.some((row) => row.current)).toBe(false);
  });

  it("starts the journey at school, with finishing 12th among its activities and no GED", () => {
    expect(current.phase).toBe(1);
    expect(current.monthsText).toBe("While you finish school");
    expect(current.activities[0]).toMatch(/finish 12th/i);
    expect(summary.journey.reason).toMatch(/still at school/);
    expect(text).not.toContain("GED");
    expect(details.steps[0]!.title).toMatch(/finish 12th/i);
  });
});

describe("an Indian graduate starting out", () => {
  const { answer, details, current, kinds, action, salaryRow, text } = plan(resultFor("india-microbiology-graduate"));

  it("learns, takes the 3–6 month course and prepares for the CPC", () => {
    expect(kinds).toEqual(["learn", "course", "certification"]);
    expect(action("course")!.title).toContain("Certificate programme (India)");
    expect(answer.certification!.code).toBe("CPC");
    expect(salaryRow!.label).toMatch(/^Fresher \/ Trainee/);
    expect(answer.salary.detail).toMatch(/reach now/);
    expect(details.roles.roles).toEqual(["Medical Coding Trainee", "Coding Intern"]);
  });

  it("follows one timeline: the course's length is the training phase's, the exam follows the course", () => {
    expect(action("course")!.time).toBe("3–6 months");
    expect(phaseTime(details, 2)).toBe("3–6 months");
    expect(action("certification")!.time).toBe(phaseTime(details, 3));
    expect(action("learn")!.time).toContain(current.monthsText);
    expect(text).not.toMatch(/Months \d+–\d+/);
  });

  it("is not told to finish school", () => {
    expect(text).not.toMatch(/finish school|finish 12th|GED/i);
  });
});

describe("a working nurse in India", () => {
  const { answer, summary, current, kinds, text } = plan(resultFor("india-working-nurse"));

  it("gets the entry plan with CPC first and CCS for her clinical background, and no school step", () => {
    expect(kinds).toEqual(["learn", "course", "certification"]);
    expect(answer.certification!.code).toBe("CPC");
    expect(summary.certifications.map((certification) => certification.code)).toEqual(["CPC", "CCS"]);
    expect(current.activities.join(" ")).not.toMatch(/school|GED/i);
    expect(text).not.toMatch(/finish school|finish 12th|GED/i);
  });
});

describe("a certified newcomer in the USA", () => {
  const { answer, details, current, kinds, salaryRow } = plan(resultFor("usa-certified-newcomer"));

  it("is shown the certified salary tier, not the uncertified entry one", () => {
    expect(salaryRow!.label).toBe("Certified coder");
    expect(answer.salary.line).toBe("$50,000–70,000 a year");
    const rows = details.salary.kind === "table" ? details.salary.rows : [];
    expect(rows.find((row) => row.label === "Entry-level coder")!.current).toBe(false);
  });

  it("applies for a first job first, and is not told to prepare for an exam already passed", () => {
    expect(kinds[0]).toBe("apply");
    expect(kinds).not.toContain("certification");
    expect(answer.certification).toBeNull();
    expect(answer.certificationNote).toMatch(/already hold/);
    expect(current.phase).toBe(4);
    expect(current.activities.join(" ")).toContain("CPC-A");
  });

  it("keeps uncertified US coders on the entry tier", () => {
    const uncertified = plan(resultFor("usa-certified-newcomer", { "about.training": "course-completed" }));
    expect(uncertified.salaryRow!.label).toBe("Entry-level coder");
  });
});

describe("a graduate in the UK", () => {
  const { answer, summary, details, kinds, action, text } = plan(resultFor("uk-biomedical-graduate"));

  it("looks for a trainee clinical coder post, under UK job titles", () => {
    expect(kinds).toEqual(["learn", "course", "project"]);
    expect(action("course")!.title).toMatch(/trainee clinical coder post/i);
    expect(summary.roles.now).toEqual(["Trainee Clinical Coder"]);
    expect(summary.roles.later).toEqual(["Clinical Coder"]);
    expect(text).not.toContain("Medical Coding Trainee");
  });

  it("aims for the NCCQ, taken within the post: not a first step, not 'start with this'", () => {
    expect(answer.certification!.code).toBe("NCCQ");
    expect(answer.certification!.why).toMatch(/post comes first/);
    expect(kinds).not.toContain("certification");
    const nccq = details.certifications.find((certification) => certification.code === "NCCQ")!;
    expect(nccq.first).toBe(false);
    expect(nccq.laterNote).toMatch(/trainee post/);
    expect(details.steps.map((step) => step.title).join(" ")).not.toMatch(/Aim for NCCQ/);
  });

  it("uses the UK route's timeline and says when the sources have no titles", () => {
    expect(phaseTime(details, 2)).toBe("In your trainee post");
    expect(phaseTime(details, 3)).toBe("During your trainee post");
    expect(details.roles.stages.find((stage) => stage.id === "leadership")!.roles[0]).toMatch(/no job titles .* United Kingdom/);
  });

  it("sees NHS pay in pounds for a trainee post, with its Agenda for Change band and sources", () => {
    expect(answer.salary.line).toBe("£24,937–£26,598 a year");
    expect(answer.salary.detail).toMatch(/Band 3 \(England pay scale, 2025\/26\), the stage you can reach now/);
    expect(answer.salary.source).toMatch(/NHS Careers/);
    expect(details.salary.kind === "table" && details.salary.currency).toBe("GBP");
    expect(text).not.toMatch(/₹|\$\d|INR|USD/);
  });

  it("names the NHS titles past the first post: senior coder, auditor and trainer", () => {
    const stage = (id: string) => details.roles.stages.find((entry) => entry.id === id)!.roles;
    expect(stage("specialist")).toEqual(["Senior Clinical Coder"]);
    expect(stage("quality")).toEqual(["Clinical Coding Auditor", "Clinical Coding Trainer"]);
  });

  it("makes the NCCQ the first step for someone already coding in the UK", () => {
    const coding = plan(resultFor("uk-biomedical-graduate", { "about.coding-years": "under-1", "about.training": "course-completed" }));
    expect(coding.details.certifications[0]).toMatchObject({ code: "NCCQ", first: true });
    expect(coding.kinds).toContain("certification");
  });
});

describe("a graduate in Canada", () => {
  const { answer, summary, details, kinds, action } = plan(resultFor("canada-biology-graduate"));

  it("joins a CHIMA-accredited programme before the CCCS", () => {
    expect(kinds).toEqual(["learn", "course", "project"]);
    expect(action("course")!.title).toMatch(/CHIMA-accredited/);
    expect(action("course")!.time).toBe(phaseTime(details, 2));
    expect(answer.certification!.code).toBe("CCCS");
    expect(details.certifications[0]!.laterNote).toMatch(/accredited programme/);
    expect(phaseTime(details, 3)).toBe("After you graduate");
  });

  it("has no trainee titles in the sources, so nothing to look for now and HIM roles later", () => {
    expect(summary.roles.now).toEqual([]);
    expect(summary.roles.later).toEqual(["HIM professional (coding)", "Health information management coder", "Coding specialist"]);
    expect(details.roles.noneNow).not.toBeNull();
  });

  it("is told honestly that our sources give no Canadian pay, in no other currency either", () => {
    expect(answer.salary.line).toBeNull();
    expect(answer.salary.detail).toMatch(/no salary figures for Canada/);
    expect(details.salary.kind).toBe("none");
  });
});

describe("a graduate somewhere else", () => {
  const { answer, kinds, action, text } = plan(resultFor("other-market-nursing-graduate"));

  it("follows the US-style route without any India wording", () => {
    expect(kinds).toEqual(["learn", "course", "certification"]);
    expect(action("course")!.title).toContain("Certificate programme (USA)");
    expect(answer.certification!.code).toBe("CPC");
    expect(answer.certification!.why).not.toMatch(/India/);
    expect(answer.salary.detail).toMatch(/your market/);
    expect(text).not.toMatch(/\bin India\b|\(India\)|₹/);
  });
});

describe("a poor fit", () => {
  it("with a strong dislike of desk work tries the work first and is offered no desk-job list", () => {
    const { answer, details, kinds, action } = plan(resultFor("bcom-dislikes-desk-and-routine"));
    expect(kinds[0]).toBe("trial");
    expect(details.similarCareers).toEqual([]);
    expect(details.similarCareersNote).toMatch(/dislikes desk-based computer work/);
    expect(action("compare")!.title).toMatch(/beyond/i);
    expect(answer.verdict.line).not.toMatch(/compare similar careers/);
  });

  it("in a good band but with a strong flag still tries the work first", () => {
    expect(plan(resultFor("physiotherapist-hates-desk-work")).kinds[0]).toBe("trial");
  });

  it("keeps only careers that do not share a strongly flagged dislike", () => {
    const { details } = plan(resultFor("life-science-avoids-terms-and-rules"));
    expect(details.similarCareers.map((career) => career.id)).toEqual(["clinical-data-analyst"]);
  });

  it("keeps careers that share a raised (not strong) flag, and says what they share", () => {
    const { details } = plan(resultFor("ba-graduate-wants-people-work"));
    expect(details.similarCareers).toHaveLength(4);
    for (const career of details.similarCareers) expect(career.reason).toMatch(/lean against/);
  });
});

describe("a certified coder with two years' experience", () => {
  const result = resultFor("certified-coder-two-years");
  const { answer, summary, details, current, kinds, text } = plan(result);

  it("grows: a specialty, an advanced credential and the next role", () => {
    expect(kinds).toEqual(["grow", "certification", "later-role"]);
    expect(answer.actions[0]!.title).toMatch(/specialist roles/);
    expect(answer.certification!.code).toBe("CCS");
    expect(summary.certifications.map((certification) => certification.code)).not.toContain("CPC");
    expect(answer.salary.detail).toMatch(/^Mid-level coder/);
  });

  it("is in the career-growth phase, with no entry steps", () => {
    expect(current.phase).toBe(5);
    expect(summary.learning).toBeNull();
    // The details view keeps the path for reference but shows "complete" instead of a step to start.
    expect(details.learning.complete).toBe(true);
    expect(JSON.stringify([answer, summary, details.steps])).not.toMatch(/Getting ready for entry-level jobs/);
    expect(text).not.toMatch(/Months 24–36/);
  });

  it("is placed the same way from a result stored before plans had tracks", () => {
    const { track: _track, lifeStage: _lifeStage, ...readiness } = result.readiness;
    const stored = { ...result, readiness } as AssessmentResult;
    expect(plan(stored).kinds).toEqual(kinds);
  });
});

describe("no plan mixes markets", () => {
  const markets = marketIdSchema.options;
  const cases = personas.flatMap((persona) => markets.map((market) => [persona.id, market] as const));

  it.each(cases)("%s in %s", (id, market) => {
    const { text, answer } = plan(resultFor(id, { "about.market": market }));
    if (market !== "usa") expect(text).not.toContain("GED");
    if (market === "uk" || market === "canada") {
      expect(text).not.toContain("CPC-A");
      expect(text).not.toMatch(/\bCPC\b|AAPC|AHIMA|Medical Coding Trainee/);
    }
    if (market !== "india") expect(text).not.toMatch(/\bin India\b|\(India\)|₹/);
    if (market !== "usa" && market !== "other") expect(text).not.toContain("(USA)");
    expect(answer.actions).toHaveLength(3);
  });

  it.each(markets.flatMap((market) => (["school", "graduate"] as const).map((stage) => [market, stage] as const)))(
    "shows finishing school only at school, and the GED only in the USA (%s, %s)",
    (market: MarketId, stage) => {
      const spec: PersonSpec = { market, stage, degree: "12th-science", pro: 4, con: 2, knowledgeCorrect: 3 };
      const { details, text } = plan(scoreAssessment(profile, buildAnswers(spec)));
      const activities = details.journey.phases.flatMap((phase) => phase.activities).join(" ");
      expect(/finish/i.test(activities)).toBe(stage === "school");
      expect(text.includes("GED")).toBe(market === "usa" && stage === "school");
    },
  );
});

describe("the answer block's actions", () => {
  it.each(personas.map((persona) => [persona.id] as const))("%s: every action says how long it takes", (id) => {
    const answer: ReportAnswer = buildAnswer(resultFor(id), profile);
    for (const action of answer.actions) expect(action.time, action.kind).not.toBe("");
  });
});
