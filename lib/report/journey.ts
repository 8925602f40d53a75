/**
 * Where a person is on the five-phase journey (profile content `journey`), from their training
 * and years of coding work. Kept apart so the rule is easy to read and test.
 */
import type { Training } from "@/lib/profiles";

export interface JourneyPosition {
  /** The phase number (1–5) the person is in now. */
  phase: number;
  /** One sentence on why, shown next to the "You are here" marker. */
  reason: string;
}

/** Coding years from which a person counts as in the career-growth phase. */
export const GROWTH_PHASE_CODING_YEARS = 3;

/**
 * Phase 1 (foundation) with no training or self-study; 2 (formal training) with a course in
 * progress; 3 (certification) with a course completed; 4 (first job and experience) once
 * certified, or with a completed course and a year of coding; 5 (career growth) with 3+ years.
 */
export function journeyPosition(training: Training, codingYears: number): JourneyPosition {
  if (codingYears >= GROWTH_PHASE_CODING_YEARS) {
    return { phase: 5, reason: "With three or more years in coding, you are in the career-growth phase." };
  }
  switch (training) {
    case "none":
      return { phase: 1, reason: "You have not started coding training yet, so the foundation phase is where you are." };
    case "self-study":
      return {
        phase: 1,
        reason: "You have begun learning on your own; a structured course is the next phase.",
      };
    case "course-in-progress":
      return { phase: 2, reason: "You are doing a coding course now." };
    case "course-completed":
      return codingYears >= 1
        ? { phase: 4, reason: "You have finished a course and have coding experience; certifying while you build experience is the focus." }
        : { phase: 3, reason: "You have finished a course, so certification is the next milestone." };
    case "certified":
      return { phase: 4, reason: "You hold a certification, so building experience on real records is where you are." };
  }
}

/** Clamps a phase to the phases the profile actually has. */
export function clampPhase(phase: number, phases: number[]): number {
  if (!phases.length) return phase;
  const sorted = [...phases].sort((a, b) => a - b);
  if (phase < sorted[0]!) return sorted[0]!;
  if (phase > sorted.at(-1)!) return sorted.at(-1)!;
  return phase;
}
