/**
 * What a person sends to share a result with a counsellor's cohort. Used by the quiz's consent
 * step and the report's share form (with react-hook-form) and by the route handlers.
 */
import { z } from "zod";
import { entityIdSchema } from "./ids";
import { blankToUndefined, DISPLAY_NAME_RULES, SHARE_EMAIL_MAX, SHARE_EMAIL_MESSAGE, SHARE_EMAIL_TOO_LONG } from "./share-checks";
import { nameSchema } from "./text";

export const inviteTokenSchema = entityIdSchema;

export const displayNameSchema = nameSchema(DISPLAY_NAME_RULES);

export const shareEmailSchema = z.preprocess(
  blankToUndefined,
  z.email({ error: SHARE_EMAIL_MESSAGE }).max(SHARE_EMAIL_MAX, SHARE_EMAIL_TOO_LONG).optional(),
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

