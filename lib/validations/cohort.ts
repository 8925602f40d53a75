/** A cohort's name and settings: the cohort forms (zodResolver) and the server check the same rules. */
import { z } from "zod";

export const cohortNameSchema = z
  .string({ error: "Give the cohort a name." })
  .trim()
  .min(2, "Give the cohort a name of at least 2 characters.")
  .max(80, "Keep the name to 80 characters or fewer.");

export const createCohortSchema = z.object({ name: cohortNameSchema }).strict();
export const updateCohortSchema = z
  .object({ name: cohortNameSchema.optional(), invitesOpen: z.boolean({ error: "invitesOpen is true or false." }).optional() })
  .strict()
  .refine((value) => value.name !== undefined || value.invitesOpen !== undefined, "Send a new name or invitesOpen.");
