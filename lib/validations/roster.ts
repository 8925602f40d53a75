/**
 * A cohort's roster: the names a counsellor adds (as a pasted list or a CSV file's text), one
 * entry's changes, and linking a share to an entry. The cohort page's forms (zodResolver) and the
 * route handlers check the same rules.
 */
import { z } from "zod";
import { rosterWords } from "@/lib/roster/words";
import { entityIdSchema } from "./ids";
import { nameSchema } from "./text";

/** At most this many students on one cohort's roster. */
export const MAX_ROSTER_ENTRIES = 500;
/** The pasted text or the CSV file's: 500 lines of a long name and roll number fit with room. */
export const MAX_ROSTER_TEXT = 60_000;

export const rosterNameSchema = nameSchema({
  required: rosterWords.nameRequired,
  min: 1,
  tooShort: rosterWords.nameRequired,
  max: 80,
  tooLong: rosterWords.nameTooLong,
});

const rollNumberText = nameSchema({ required: rosterWords.rollTooLong, min: 1, tooShort: rosterWords.rollTooLong, max: 40, tooLong: rosterWords.rollTooLong });
const isBlank = (value: unknown) => typeof value === "string" && value.trim() === "";

/** Optional: blank is none. */
export const rollNumberSchema = z.preprocess((value) => (isBlank(value) ? undefined : value), rollNumberText.optional());

export const rosterEntryInputSchema = z.object({ name: rosterNameSchema, rollNumber: rollNumberSchema }).strict();

/** Adding names: the text as typed, pasted or read from a CSV file (parsed by lib/roster/parse.ts). */
export const addRosterSchema = z
  .object({
    text: z
      .string({ error: rosterWords.textNotText })
      .max(MAX_ROSTER_TEXT, rosterWords.textTooLong)
      .refine((text) => text.trim() !== "", rosterWords.textRequired),
  })
  .strict();

/** One entry's new name and roll number (send rollNumber "" or null to clear it). */
export const updateRosterEntrySchema = z
  .object({ name: rosterNameSchema.optional(), rollNumber: z.preprocess((value) => (isBlank(value) ? null : value), rollNumberText.nullable().optional()) })
  .strict()
  .refine((value) => value.name !== undefined || value.rollNumber !== undefined, "Send a new name or roll number.");

/** Linking a shared result to a roster entry. */
export const linkShareSchema = z.object({ rosterEntryId: entityIdSchema }).strict();

export type AddRosterInput = z.infer<typeof addRosterSchema>;
export type UpdateRosterEntryInput = z.infer<typeof updateRosterEntrySchema>;
