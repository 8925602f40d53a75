/** A counsellor's private note: the form (zodResolver) and the server check the same rules. */
import { z } from "zod";

export const NOTE_MAX_LENGTH = 4_000;

export const noteBodySchema = z
  .object({
    body: z
      .string({ error: "Write the note as text." })
      .trim()
      .min(1, "The note is empty.")
      .max(NOTE_MAX_LENGTH, `Keep a note to ${NOTE_MAX_LENGTH.toLocaleString("en-IN")} characters or fewer.`),
  })
  .strict();
