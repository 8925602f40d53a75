/**
 * What a person sends to share a result with a counsellor's cohort. Used by the quiz's consent
 * step and the report's share form (with react-hook-form) and by the route handlers.
 */
import { z } from "zod";
import { entityIdSchema } from "./ids";
import { blankToUndefined, DISPLAY_NAME_RULES, guardianProblems, SHARE_EMAIL_MAX, SHARE_EMAIL_MESSAGE, SHARE_EMAIL_TOO_LONG } from "./share-checks";
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
  // Someone under 18 needs a parent's or guardian's name and tick as well (guardianProblems).
  under18: z.boolean().optional(),
  guardianName: z.string().max(200).optional(),
  guardianConsent: z.boolean().optional(),
  // The name the person picked from the cohort's roster; blank ("My name is not on the list") is none.
  rosterEntryId: z.preprocess(blankToUndefined, entityIdSchema.optional()),
};

/** Adds the guardian's name and tick as field issues when the person said they are under 18. */
function requireGuardianWhenUnder18(value: { under18?: boolean | undefined; guardianName?: string | undefined; guardianConsent?: boolean | undefined }, context: z.RefinementCtx) {
  for (const problem of guardianProblems(value)) context.addIssue({ code: "custom", path: [problem.path], message: problem.message });
}

/** Sharing from the quiz, through an invite link. */
export const inviteShareSchema = z.object({ inviteToken: inviteTokenSchema, ...details }).strict().superRefine(requireGuardianWhenUnder18);
/** Sharing an existing result from its report, with the code the counsellor read out. */
export const codeShareSchema = z
  .object({ code: z.string({ error: "Enter the cohort code." }).trim().min(1, "Enter the cohort code.").max(20), ...details })
  .strict()
  .superRefine(requireGuardianWhenUnder18);

export type InviteShareInput = z.infer<typeof inviteShareSchema>;
export type CodeShareInput = z.infer<typeof codeShareSchema>;

