/**
 * The /join form's schema. Apart from lib/quiz/invite.ts, which the quiz loads without zod.
 */
import { z } from "zod";
import { formatCohortCode } from "./invite";

/** The /join form: one code, checked for shape before it is looked up. */
export const cohortCodeFormSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the cohort code your counsellor gave you.")
    .refine((value) => formatCohortCode(value) !== null, "A cohort code has 8 letters and numbers, such as K7QM-4TPX."),
});
export type CohortCodeFormValues = z.infer<typeof cohortCodeFormSchema>;
