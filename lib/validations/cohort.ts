/** A cohort's name and settings: the cohort forms (zodResolver) and the server check the same rules. */
import { z } from "zod";
import { nameSchema } from "./text";

export const cohortNameSchema = nameSchema({
  required: "Give the cohort a name.",
  min: 2,
  tooShort: "Give the cohort a name of at least 2 characters.",
  max: 80,
  tooLong: "Keep the name to 80 characters or fewer.",
});

export const createCohortSchema = z.object({ name: cohortNameSchema }).strict();
export const updateCohortSchema = z
  .object({
    name: cohortNameSchema.optional(),
    invitesOpen: z.boolean({ error: "invitesOpen is true or false." }).optional(),
    /** true archives the cohort (it takes no new shares), false restores it. */
    archived: z.boolean({ error: "archived is true or false." }).optional(),
  })
  .strict()
  .refine(
    (value) => value.name !== undefined || value.invitesOpen !== undefined || value.archived !== undefined,
    "Send a new name, invitesOpen or archived.",
  );

export type CohortChanges = z.infer<typeof updateCohortSchema>;
