/** A counsellor's private note: the form (zodResolver) and the server check the same rules. */
import { z } from "zod";
import { multiLineTextSchema } from "./text";

export const NOTE_MAX_LENGTH = 4_000;

export const noteBodySchema = z
  .object({
    body: multiLineTextSchema({
      required: "The note is empty.",
      notText: "Write the note as text.",
      max: NOTE_MAX_LENGTH,
      tooLong: `Keep a note to ${NOTE_MAX_LENGTH.toLocaleString("en-IN")} characters or fewer.`,
    }),
  })
  .strict();
