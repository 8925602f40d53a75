/**
 * The words of the report's answer block (the first two phone screens) and of its plain-language
 * level scale, kept together so they can move into message files with the rest of the report.
 */
import type { BandId } from "@/lib/profiles";

export type VerdictId = "go" | "prepare" | "alternatives";

export const verdictWords: Record<VerdictId, { title: string; line: string }> = {
  go: {
    title: "Go for it",
    line: "Your answers fit this work well. Follow the plan below and aim for the certification.",
  },
  prepare: {
    title: "Go, with preparation",
    line: "It can work for you. Close the gaps below and try the work before you pay for an exam.",
  },
  alternatives: {
    title: "Look at the alternatives first",
    line: "Coding does not come naturally from your answers. Try the work for a few evenings and compare similar careers before you spend on a course.",
  },
};

/** Which verdict each band gives. */
export const verdictForBand: Record<BandId, VerdictId> = {
  strong: "go",
  good: "go",
  possible: "prepare",
  "not-natural": "alternatives",
};

export const answerWords = {
  heading: "Your answer",
  scoreLine: (overall: number, band: string) => `${overall} out of 100: ${band}`,
  actionsHeading: "Your next three actions",
  time: "Time",
  cost: "Cost",
  certificationHeading: "Certification to aim for",
  certificationNone: "No certification is suggested for your market yet; the plan below says what to do instead.",
  salaryHeading: "What you could earn",
  salaryNone: (market: string) => `Our sources give no salary figures for ${market}, so we show none rather than guess.`,
  watchHeading: "Watch out for",
  awardedBy: (issuer: string) => `Awarded by ${issuer}.`,
  stageSalary: (stage: string) => `${stage}, the stage you can reach now`,
  /** When the sources' figures stop below the stage the person can reach (UK pay is given for entry posts only). */
  earlierStageSalary: (stage: string) => `${stage}: what entry posts pay; our sources give no figures for the stage you can reach`,
};

/**
 * Pay that the report reads from the profile's public sources rather than from the scoring engine
 * (NHS pay by Agenda for Change band), in pounds and never mixed with another currency.
 */
export const salaryWords = {
  currencyName: { GBP: "British pounds (GBP)" },
  /** "£24,937–£26,598 a year". */
  gbpAnnual: (range: { min: number; max: number; openEnded: boolean }) =>
    range.openEnded && range.min === range.max
      ? `£${pounds(range.min)}+ a year`
      : `£${pounds(range.min)}–£${pounds(range.max)}${range.openEnded ? "+" : ""} a year`,
  /** "Clinical coding officer, NHS Agenda for Change Band 3 (England pay scale, 2025/26)". */
  ukLabel: (role: string, band: string, country: string, payYear: string) =>
    `${role}, NHS Agenda for Change ${band} (${country} pay scale, ${payYear})`,
  ukReason: "NHS pay in pounds by Agenda for Change band; the highlighted row is the stage you can reach now.",
  ukNote: "The figures are basic annual pay on one nation's NHS scale for the pay year shown; the other UK nations have their own scales.",
  /** "Sources: NHS Careers; IHRIM." (each named fully on the career page). */
  sources: (names: string[]) => `${names.length === 1 ? "Source" : "Sources"}: ${names.join("; ")}.`,
};

function pounds(value: number): string {
  return value.toLocaleString("en-GB");
}

/** The actions the answer block can suggest, in our own words. */
export const actionWords = {
  learn: (step: number, total: number, focus: string) => ({
    title: `Learn: ${focus}`,
    detail: `Step ${step} of ${total} on the learning path, from your skill answers.`,
  }),
  learnTime: (phaseName: string, months: string) => `${months} (${phaseName.toLowerCase()})`,
  course: (name: string) => ({
    title: `Join a coding course: ${name}`,
    detail: "It teaches the code sets, anatomy and the rules employers test.",
  }),
  finishCourse: {
    title: "Finish the coding course you are doing",
    detail: "Complete it before you book an exam: the exam tests what it covers.",
  },
  certification: (code: string, name: string) => ({
    title: `Prepare for ${code} (${name})`,
    detail: "Work through the manuals and timed practice exams until you pass them well.",
  }),
  project: (title: string, proof: string) => ({ title: `Build proof: ${title}`, detail: proof }),
  projectTime: "Alongside your study, a little each week",
  trial: {
    title: "Try the work before you commit",
    detail: "Code a few sample charts from a course or textbook, and ask a working coder what a normal day is like.",
  },
  trialTime: "A few evenings",
  compare: {
    title: "Compare similar careers",
    detail: "Read how nearby careers differ from coding and which of your strengths they use.",
  },
  compareTime: "An hour of reading",
  apply: (roles: string) => ({
    title: `Apply for roles such as ${roles}`,
    detail: "Your answers say you can reach these now; keep your proof of work ready for interviews.",
  }),
  applyTime: "Start now, alongside the rest",
};

/** The one level scale used everywhere outside the receipt: whole levels of 4, in words. */
export const levelScaleWords = {
  max: 4,
  level: (level: number) => `level ${level} of 4`,
  between: (low: number) => `between level ${low} and ${low + 1} of 4`,
  none: "level 0 of 4 (not started)",
  gapLine: (skill: string, have: string, need: string) => `${skill}: you are at ${have}; the work needs ${need}`,
  flagLine: (trait: string) => `${trait}: weigh this before you commit`,
};

/** The short plan and "why we think so" that follow the answer, on the page and in the PDF. */
export const planWords = {
  heading: "Your plan",
  learningHeading: "Where to start learning",
  learningStep: (step: number, total: number) => `Step ${step} of ${total}`,
  youWillProduce: "What you will produce",
  thenHeading: "After that",
  journeyHeading: "Where you are now",
  journeyPhase: (phase: number, total: number, name: string) => `Phase ${phase} of ${total}: ${name}`,
  certificationsHeading: "Certifications that suit you",
  otherCertificationsHeading: "Other certifications that suit you",
  firstChoice: "First choice",
  rolesHeading: "Jobs to look for",
  rolesNow: "Now",
  rolesLater: "Later",
  salaryHeading: "Pay by stage",
};

export const whyWords = {
  heading: "Why we think so",
  intro: "Three parts, each out of 100, make your score.",
  partScore: (score: number) => `${score} out of 100`,
  /** What each part measures, in plain words (the details view has the exact shares and points). */
  partMeaning: {
    education: (degree: string) => `${degree}, against the backgrounds coders come from.`,
    skills: (count: number) => `Your ${count} skills against the levels the job needs.`,
    temperament: (goodFit: number, notIdeal: number) => `${goodFit} traits that suit coders, ${notIdeal} that do not.`,
  },
  strengthsHeading: "Your top strengths",
  strengthsNone: "No clear strengths stood out in your answers yet.",
  workOnHeading: "What to work on",
  workOnNone: "Nothing urgent: your skills reach what the job needs and no warning sign is strong.",
  confidenceHeading: "How sure this is",
  knowledge: (right: string) => `Knowledge check: ${right} right.`,
};

export const detailWords = {
  heading: "The full details",
  intro: "Every figure behind this report.",
  links: [
    { hash: "why", title: "The full score receipt" },
    { hash: "signals", title: "Fit signals" },
    { hash: "skills", title: "Skills against the job" },
    { hash: "next-steps", title: "The whole plan" },
  ],
  back: "Back to your answer",
  pageTitle: "Full details of your fit report",
};
