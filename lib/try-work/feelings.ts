/**
 * The feelings a person can give after the exercise, and what the browser sends: no words, so the
 * quiz (lib/try-work/storage.ts) loads none of the exercise's messages.
 */
export const FEELINGS = ["enjoyed", "neutral", "disliked"] as const;
export type TryWorkFeeling = (typeof FEELINGS)[number];

/** What the browser sends: the chosen option per question and the feeling. Never a count. */
export interface TryWorkSubmission {
  version: string;
  answers: Record<string, string>;
  feeling: TryWorkFeeling;
}
