import { z } from "zod";
import { inviteShareSchema } from "./share";
import { tryWorkSubmissionSchema } from "./try-work";

/** A key the browser makes when the quiz starts; resubmitting it returns the same record. */
export const submissionKeySchema = z
  .string({ error: "The submission key must be text." })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "The submission key must be 16 to 64 letters, digits, '-' or '_'.");

export const localeSchema = z
  .string({ error: "The locale must be text such as en-IN." })
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, "The locale must look like en or en-IN.");

/**
 * The owner key: at least 128 random bits, base64url, made on the device that takes the quiz (or
 * by the server for API clients that send none). It is what acting on a result needs.
 */
export const ownerKeySchema = z
  .string({ error: "The owner key must be text." })
  .regex(/^[A-Za-z0-9_-]{22,64}$/, "The owner key must be 22 to 64 letters, digits, '-' or '_'.");

/** The header that carries the owner key on requests that act on a result. */
export const OWNER_KEY_HEADER = "x-owner-key";

/** Report ids: at least 128 random bits, base64url. Anything else is not worth a database trip. */
export const assessmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, "This is not a valid result id.");

/** The body of POST /api/v1/assessments. Answers are checked against the questionnaire separately. */
export const assessmentSubmissionSchema = z
  .object(
    {
      answers: z.unknown().refine((value) => value !== undefined, "Send the answers as an object of { questionId: answer }."),
      submissionKey: submissionKeySchema.optional(),
      /** Made by the device with the submission key; the server makes one when it is missing. */
      ownerKey: ownerKeySchema.optional(),
      locale: localeSchema.optional(),
      /** The earlier attempt this one retakes (linked only if it still exists). */
      previousId: assessmentIdSchema.optional(),
      /** The earlier attempt's owner key: without it the new result is not linked to it. */
      previousOwnerKey: ownerKeySchema.optional(),
      /** Set only when the person came through an invite link and ticked the consent box. */
      share: inviteShareSchema.optional(),
      /** The "Try the work" exercise, when the person did it on this device before the quiz. */
      tryWork: tryWorkSubmissionSchema.optional(),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "The request body must be a JSON object." : undefined) },
  )
  .strict();

export type AssessmentSubmission = z.infer<typeof assessmentSubmissionSchema>;

/** The body of POST /api/v1/assessments/:id/owner: prove (or, for an older result, claim) ownership. */
export const ownerClaimSchema = z.object({ ownerKey: ownerKeySchema }, { error: "Send the owner key as { ownerKey }." }).strict();
