/**
 * Every word of "compare students": the dashboard's selection, the compare page, its problems and
 * the API's messages, kept together for message files. Numbers come from the report's models.
 */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export const compareWords = {
  /** The API's and the page's words for a link that does not name 2–4 different results. */
  ids: {
    tooFew: `Choose at least ${COMPARE_MIN} students to compare.`,
    tooMany: `You can compare at most ${COMPARE_MAX} students at a time.`,
    duplicate: "The same student is chosen twice. Choose different students to compare.",
    invalid: "This comparison link is not valid: one of its result ids is mistyped.",
    missing: `This comparison link names no students. Choose ${COMPARE_MIN} to ${COMPARE_MAX} on your results to compare them.`,
  },
  /** The whole request fails when any one result is missing, foreign or withdrawn. */
  notAvailable: "One of the results you chose is not available.",
  notAvailableWhy:
    "A student may have stopped sharing their result, or the link is mistyped or not one of yours. Nothing of the others is shown until every result is available: choose the students again on your results.",

  page: {
    title: "Compare students",
    eyebrow: "Counsellor workspace",
    intro: (count: number) =>
      `${count} results side by side. “Highest” marks the highest figure in each row; open a student for their full report and your notes.`,
    problemTitle: "These students cannot be compared",
    back: "Back to results",
    print: "Print this comparison",
    tableLabel: "Students compared side by side",
    scrollHint: "Scroll sideways to see every student; the first column stays in place.",
    caption: (names: string[]) => `Comparison of ${names.join(", ")}: one column per student, one row per measure.`,
    measure: "Measure",
    takenOn: "Taken on",
  },

  groups: {
    scores: "Scores",
    readiness: "Where they are",
    signals: "Gaps and flags",
    skills: "Skills: their level and the level the job needs (0–4)",
  },

  rows: {
    overall: "Overall score",
    band: "Band",
    confidence: "Confidence",
    background: "Background",
    learningStep: "Learning step",
    stage: "Stage they can reach",
    topGaps: "Top skill gaps",
    flags: "Not-ideal flags",
  },

  highest: "Highest",
  /** Screen readers hear the same word and that the row has a tie, if any. */
  highestTied: "Highest (tied)",
  outOf100: " /100",
  none: "None",
  learningStep: (step: number, total: number, focus: string) => `Step ${step} of ${total}: ${focus}`,
  pathComplete: "Path complete: growing in the job",
  /** After the student's level: "2 of 3 needed". */
  skillOf: (required: string) => `of ${required} needed`,

  /** The dashboard's selection. */
  select: {
    checkbox: (name: string) => `Select ${name} to compare`,
    /** Beside a card's checkbox, whose name says the rest. */
    visible: "Compare",
    columnHeader: "Compare",
    action: (count: number) => `Compare (${count})`,
    hintNone: `Tick ${COMPARE_MIN} to ${COMPARE_MAX} students to compare them side by side.`,
    hintOne: `Tick at least one more student to compare.`,
    ready: (count: number) => `${count} students selected.`,
    tooMany: (count: number) =>
      `${count} students selected: you can compare at most ${COMPARE_MAX} at a time. Untick ${count - COMPARE_MAX} to compare.`,
    selectedNames: (names: string[]) => `Selected: ${names.join(", ")}`,
    clear: "Clear",
    /** The clear button's full name ("Clear" is what fits beside "Compare (3)" on a phone). */
    clearName: "Clear selection",
    regionLabel: "Compare students",
  },
} as const;
