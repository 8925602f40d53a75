/**
 * What a person sends to share a result with a counsellor's cohort. Used by the quiz's consent
 * step and the report's share form (with react-hook-form) and by the route handlers.
 */
import { z } from "zod";
import { entityIdSchema } from "./ids";
import { nameSchema } from "./text";

export const inviteTokenSchema = entityIdSchema;

export const displayNameSchema = nameSchema({
  required: "Enter the name your counsellor knows you by.",
  min: 1,
  tooShort: "Enter the name your counsellor knows you by.",
  max: 80,
  tooLong: "Keep the name to 80 characters or fewer.",
});

export const shareEmailSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.email({ error: "Enter an email address such as name@example.com, or leave it empty." }).max(254).optional(),
);

export const consentSchema = z.literal(true, { error: "Tick the box to agree to share your result." });

const details = {
  displayName: displayNameSchema,
  email: shareEmailSchema,
  consent: consentSchema,
};

/** Sharing from the quiz, through an invite link. */
export const inviteShareSchema = z.object({ inviteToken: inviteTokenSchema, ...details }).strict();
/** Sharing an existing result from its report, with the code the counsellor read out. */
export const codeShareSchema = z
  .object({ code: z.string({ error: "Enter the cohort code." }).trim().min(1, "Enter the cohort code.").max(20), ...details })
  .strict();

export type InviteShareInput = z.infer<typeof inviteShareSchema>;
export type CodeShareInput = z.infer<typeof codeShareSchema>;

