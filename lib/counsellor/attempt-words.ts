/**
 * Words for a student's attempts on the counsellor's side, kept together for message files: the
 * dashboard's "Latest attempt per student" / "Every attempt" switch, the note on a row of a
 * student who retook the quiz, the CSV's two attempt columns and the result page's list of
 * attempts and what changed between them.
 */

export const attemptWords = {
  switch: {
    legend: "Attempts",
    latest: "Latest attempt per student",
    all: "Every attempt",
    /** Under the switch: what each choice counts. */
    hint: "A student who retook the quiz counts once, by their latest attempt, unless you show every attempt.",
  },
  /** After the results count: which attempts the view counts. */
  counting: { latest: "latest attempt per student", all: "every attempt" },
  /** "Attempt 2 of 3". */
  attemptOf: (number: number, count: number) => `Attempt ${number} of ${count}`,
  /** "Retook: 54 → 62, Possible fit → Good fit"; "Retook: 54 → 58, still Good fit". */
  retook: (before: string, after: string, bandBefore: string, bandAfter: string) =>
    bandBefore === bandAfter
      ? `Retook: ${before} \u2192 ${after}, still ${bandAfter}`
      : `Retook: ${before} \u2192 ${after}, ${bandBefore} \u2192 ${bandAfter}`,

  csv: {
    attempt: "Attempt",
    latest: "Latest attempt",
    yes: "Yes",
    no: "No",
  },

  page: {
    heading: "Attempts in this cohort",
    only: "This is the only attempt this student has shared with this cohort.",
    /** Above the list of attempts. */
    intro: (cohortName: string) => `Their results shared with ${cohortName}, newest first.`,
    thisOne: "This result",
    latest: "Latest",
    open: "Open the result of ",
    change: {
      heading: (number: number) => `What changed since attempt ${number}`,
      /** Under the heading: which two attempts, with their dates. */
      lead: (before: string, after: string) => `From the attempt of ${before} to this one of ${after}.`,
      firstAttempt: "This is their first attempt here; open a later one to see what changed.",
      overall: "Overall score",
      band: "Band",
      bandChanged: (before: string, after: string) => `${before} \u2192 ${after}`,
      bandSame: (band: string) => `Unchanged: ${band}`,
      partsCaption: "Each part's score out of 100, earlier and now, and the change.",
      partsHeader: "Part",
      gapsClosed: "Gaps closed",
      gapsClosedNone: "No gap closed.",
      gapsOpened: "Gaps opened",
      gapsOpenedNone: "No new gap.",
      planStep: "Plan step",
      stepChanged: (before: number, beforeFocus: string, after: number, afterFocus: string) =>
        `Step ${before} (${beforeFocus}) \u2192 step ${after} (${afterFocus})`,
      stepSame: (step: number, focus: string) => `Unchanged: step ${step} (${focus})`,
    },
  },
} as const;
