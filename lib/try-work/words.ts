/**
 * Every word the "Try the work" exercise shows around its notes, and its lines in the report,
 * kept together so they can move to message files with the rest. The notes, options and
 * explanations themselves are data, in lib/try-work/exercise.ts.
 */
import type { TryWorkFeeling } from "./outcome";

const minutes = (count: number) => `${count} ${count === 1 ? "minute" : "minutes"}`;

export const tryWorkWords = {
  title: "Try the work",
  description: (notes: number, count: number) =>
    `Read ${notes} short clinical notes and pick the diagnosis, procedure and supply codes, as a medical coder does. About ${minutes(count)}.`,
  promise: (notes: number, count: number) =>
    `${notes} short notes, one code each, about ${minutes(count)}. A preview of the work, not a test: your score does not change.`,

  introHeading: "What a coder does",
  introText: "A coder turns what a doctor wrote into codes for the insurance claim. Each kind of fact has its own code set:",
  codeSets: [
    { name: "ICD-10-CM", text: "diagnoses: why the patient came" },
    { name: "CPT", text: "procedures: what was done" },
    { name: "HCPCS", text: "drugs and supplies: what was used" },
  ],
  introHow: "Pick one code per note, then read why. The notes are made up: no real patients.",
  start: "Start with note 1",

  noteOf: (current: number, total: number) => `Note ${current} of ${total}`,
  progressLabel: "Exercise progress",
  invented: "Made-up note",
  noCode: "No separate code",
  check: "Check my answer",
  pickFirst: "Pick one option first.",
  right: "Right",
  notQuite: "Not quite",
  answerIs: (code: string) => `The answer is ${code}.`,
  whyHeading: "Why each option fits or not",
  yourChoice: "your choice",
  fits: "Fits",
  doesNotFit: "Does not fit",
  next: "Next note",
  finish: "See how you did",

  endHeading: "You tried the work",
  score: (correct: number, total: number) => `You got ${correct} of ${total}`,
  scoreNote: "Coders check details like these all day; a course and practice make it quick.",
  recapRight: (code: string) => `right: ${code}`,
  recapWrong: (chosen: string, code: string) => `you chose ${chosen}; the answer is ${code}`,
  feelingLegend: "How did that feel?",
  feelingHelp: "Any answer is fine: it goes into your plan.",
  feelings: { enjoyed: "I enjoyed it", neutral: "Neutral", disliked: "I disliked it" } satisfies Record<TryWorkFeeling, string>,
  pickFeeling: "Pick how it felt first.",
  save: "Save",
  saveToReport: "Save to my report",
  saving: "Saving…",
  savedToReport: "Saved to your report.",
  savedHere: "Saved on this device. When you take the assessment, it goes into your report.",
  saveFailed: "We couldn't save this to your report just now. It is kept on this device; please try again.",
  notStored: "This browser cannot keep it (private browsing, for example), and it is not in a report yet.",
  tryAgain: "Try again",
  backToReport: "Back to your report",
  takeAssessment: "Take the assessment",
  startAgain: "Do the notes again",

  /** On the report. */
  reportHeading: "Try the work",
  reportOffer: (count: number) => `Try the work: ${minutes(count)}`,
  reportOfferText: "Read three short clinical notes and pick the codes, as a coder does. A preview, not a test.",
  reportLine: (correct: number, total: number, feeling: TryWorkFeeling) => `You tried the work: ${correct} of ${total} · ${feelingWords[feeling]}`,
  reportDislikedNote:
    "You disliked the sample work. Coding is this kind of careful reading for most of every day: weigh that before you pay for a course, and look at the similar careers too.",
  reportAgain: "Try it again",
} as const;

/** How a feeling reads after the score in the report line. */
export const feelingWords: Record<TryWorkFeeling, string> = {
  enjoyed: "enjoyed it",
  neutral: "felt neutral",
  disliked: "disliked it",
};
