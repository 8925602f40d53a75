/**
 * Words the quiz shows around the questionnaire (step titles, notes, progress, the time promise),
 * kept together so they can move to message files with the rest. The questions' own words are
 * data, in lib/profiles.
 */

const minutes = (count: number) => `${count} ${count === 1 ? "minute" : "minutes"}`;

export const quizWords = {
  /** A part of a section split over several steps: "Temperament (2 of 3)". */
  partTitle: (title: string, part: number, parts: number) => `${title} (${part} of ${parts})`,
  /** The intro of a section's second and later parts: a reminder, not the whole instruction again. */
  laterPartIntro: (sectionId: string) =>
    sectionId === "temperament"
      ? "More statements on the same scale. Answer as you are, not as you think a coder should be."
      : "More questions from the same section.",
  /** Said once above the skills, where people starting out most need to hear it. */
  skillsNote: { lead: "This is not a test.", text: "Level 0 is a perfectly good answer if you are just starting out." },
  reviewTitle: "Check your answers",
  stepOf: (current: number, total: number) => `Step ${current} of ${total}`,
  progressLabel: "Assessment progress",
  timeLeft: (count: number) => `About ${minutes(count)} left`,
  lastMoments: "Less than a minute left",
  /** The promise before the quiz starts (assessment page, home page). */
  duration: (count: number) => `about ${minutes(count)}`,
  durationFact: (count: number) => `About ${minutes(count)}`,
  quizPromise: (questions: number, count: number) =>
    `${questions} questions, about ${minutes(count)}. No sign\u2011up: your answers stay on this device until you submit.`,
  /** The compact header's one link on the quiz: progress stays on the device, so leaving loses nothing. */
  exit: "Exit quiz",
} as const;

export type StepNote = { lead: string; text: string };

/** The note a step shows under its intro, if any: one source for the page and the reading-time estimate. */
export function stepNote(sectionId: string, part: number): StepNote | null {
  return sectionId === "skills" && part === 1 ? quizWords.skillsNote : null;
}
