/**
 * Words of the counsellor's PDFs, and only theirs: the "Counsellor's notes" page a counsellor can
 * add to a student's report, the class summary of a cohort, and the links that download both.
 * The report's own words stay in ./words.ts and lib/report; band, skill, trait and stage names
 * come from the profile (lib/cohorts/signals.ts), as on the dashboard.
 */

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en-IN")} ${count === 1 ? one : many}`;
const resultsText = (count: number) => plural(count, "result", "results");

export const counsellorPdfWords = {
  brand: "Coder Fit",

  notes: {
    heading: "Counsellor\u2019s notes",
    intro: "Added by the counsellor for their own use, oldest first. They are not part of the student\u2019s report.",
    none: "No notes yet.",
    /** Written on 23 November 2026. */
    written: (date: string) => `Written on ${date}`,
    /** The query string's one message: a bad value is refused, not guessed at. */
    badQuery: "Use notes=1 to add your notes, or leave notes out.",
    download: {
      label: "Add my notes",
      note: "Adds your notes on this result as a last page. The student\u2019s own copy never has them.",
    },
  },

  class: {
    eyebrow: "Coder Fit \u00b7 Class summary",
    allResults: "All your results",
    title: (cohortName: string | null) => cohortName ?? "All your results",
    meta: (date: string, total: number) => `${date}   \u00b7   ${resultsText(total)}`,
    /** The summary counts students, whatever the dashboard's attempts switch shows. */
    latestOnly: "Each student counts once, by their latest attempt; earlier attempts are on the dashboard under \u201cEvery attempt\u201d.",
    filtered: (parts: string[]) => `Only results with: ${parts.join("; ")}. As the analytics page shows them for the same filters.`,
    filterParts: {
      band: (label: string) => `band ${label}`,
      background: (name: string) => `background ${name}`,
      flagAny: "any not-ideal flag",
      flagNone: "no not-ideal flags",
      flag: (name: string) => `the flag \u201c${name}\u201d`,
      from: (date: string) => `taken from ${date}`,
      to: (date: string) => `taken up to ${date}`,
      reviewedYes: "marked reviewed",
      reviewedNo: "not yet reviewed",
      q: (text: string) => `name contains \u201c${text}\u201d`,
    },
    subject: "A Coder Fit class summary: bands, skill gaps, readiness and who to talk to first.",
    fileName: (isoDate: string) => `coder-fit-class-summary-${isoDate}.pdf`,
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
    footer: (date: string) => `Coder Fit \u00b7 Class summary \u00b7 ${date} \u00b7 For the counsellor only: it names students.`,

    stats: {
      results: "Results",
      average: "Average overall fit",
      outOf: "/ 100",
      talkFirst: "Talk to first",
      none: "\u2013",
    },

    bandsHeading: "Fit bands",
    gapsHeading: "Most common skill gaps",
    gapsNote: "Results with the skill below the level a working coder needs. One result can have several.",
    gapsNone: "No skill gaps in these results.",
    stagesHeading: "Readiness stages",
    stagesNote: "The stage each person can reach now, from their training and coding experience.",
    countShare: (count: number, percent: string) => `${count} \u00b7 ${percent}`,

    talkHeading: "Who to talk to first",
    talkIntro:
      "Results with low confidence in the answers (the scoring is least sure of them) or a strong not-ideal flag (a trait that can make the daily work hard). Most strong flags first, then low confidence, then lowest score.",
    talkNone: "Nobody: no result has low confidence or a strong not-ideal flag.",
    confidence: { high: "High", medium: "Medium", low: "Low" },
    noConfidence: "\u2013",
    noFlags: "None",

    tableHeading: "Every student",
    tableIntro: (total: number) => `${resultsText(total)}, by name. Top gap is the most urgent skill gap.`,
    columns: {
      name: "Name",
      score: "Score",
      band: "Band",
      background: "Background",
      gap: "Top gap",
      confidence: "Confidence",
      strongFlags: "Strong not-ideal flags",
    },
    scoreOutOf: (score: number) => `${score} / 100`,
    noGap: "None",
    noBackground: "\u2013",

    /** Refused with 422 above this many results: a class summary is for a class. */
    tooMany: (count: number, max: number) =>
      `A class summary covers at most ${max.toLocaleString("en-IN")} results, and these filters match ${count.toLocaleString("en-IN")}. Choose a cohort or narrow the filters.`,
    download: {
      label: "Download class summary (PDF)",
      note: "Bands, skill gaps, readiness stages, who to talk to first and every student, for the same filters.",
    },
  },
};
