import { z } from "zod";
import { inviteShareSchema } from "./share";

/** A key the browser makes when the quiz starts; resubmitting it returns the same record. */
export const submissionKeySchema = z
  .string({ error: "The submission key must be text." })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "The submission key must be 16 to 64 letters, digits, '-' or '_'.");

export const localeSchema = z
  .string({ error: "The locale must be text such as en-IN." })
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, "The locale must look like en or en-IN.");

/** Report ids: at least 128 random bits, base64url. Anything else is not worth a database trip. */
export const assessmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, "This is not a valid result id.");

/** The body of POST /api/v1/assessments. Answers are checked against the questionnaire separately. */
export const assessmentSubmissionSchema = z
  .object(
    {
      answers: z.unknown().refine((value) => value !== undefined, "Send the answers as an object of { questionId: answer }."),
      submissionKey: submissionKeySchema.optional(),
      locale: localeSchema.optional(),
      /** The earlier attempt this one retakes (linked only if it still exists). */
      previousId: assessmentIdSchema.optional(),
      /** Set only when the person came through an invite link and ticked the consent box. */
      share: inviteShareSchema.optional(),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "The request body must be a JSON object." : undefined) },
  )
  .strict();

export type AssessmentSubmission = z.infer<typeof assessmentSubmissionSchema>;
