/**
 * The "Try the work" outcome on the wire and in the database. The browser sends the option it
 * chose for each question and how it felt; the server checks both against the exercise, counts
 * the right answers itself (lib/try-work/score.ts) and stores that.
 */
import { z } from "zod";
import { tryWorkExercise } from "@/lib/try-work/exercise";
import { FEELINGS } from "@/lib/try-work/outcome";
import { exerciseQuestions } from "@/lib/try-work/score";

export const tryWorkFeelingSchema = z.enum(FEELINGS, { error: "Say how it felt: enjoyed, neutral or disliked." });

const questions = exerciseQuestions(tryWorkExercise);

/** One of the question's own options for every question, and nothing else. */
export const tryWorkAnswersSchema = z
  .object(
    Object.fromEntries(
      questions.map((question) => [
        question.id,
        z.enum(
          question.options.map((option) => option.id) as [string, ...string[]],
          { error: (issue) => (issue.input === undefined ? "Answer this question." : "Pick one of this question's options.") },
        ),
      ]),
    ),
    { error: "Send the answers as an object of { questionId: optionId }." },
  )
  .strict();

/** The body of PUT /api/v1/assessments/:id/try-work, and `tryWork` in a quiz submission. */
export const tryWorkSubmissionSchema = z
  .object(
    {
      version: z.literal(tryWorkExercise.version, {
        error: `This exercise has changed since it was answered: send version ${tryWorkExercise.version}.`,
      }),
      answers: tryWorkAnswersSchema,
      feeling: tryWorkFeelingSchema,
    },
    { error: (issue) => (issue.code === "invalid_type" ? "Send the exercise as a JSON object." : undefined) },
  )
  .strict();

export type TryWorkSubmissionInput = z.infer<typeof tryWorkSubmissionSchema>;

/**
 * A stored outcome as read back from the database. Loose on the answers on purpose: an outcome
 * answered against an earlier version of the exercise still reads, with the count stored then.
 */
export const storedTryWorkSchema = z.object({
  version: z.string(),
  answers: z.record(z.string(), z.string()),
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  feeling: tryWorkFeelingSchema,
  triedAt: z.string(),
});

/** A stored outcome as the domain reads it, or null when there is none or it does not read. */
export function readStoredTryWork(value: unknown): z.infer<typeof storedTryWorkSchema> | null {
  if (value === null || value === undefined) return null;
  const parsed = storedTryWorkSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
