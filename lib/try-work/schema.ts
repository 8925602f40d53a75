/**
 * The shape of the "Try the work" exercise: a few short clinical notes written for it, each with
 * one question whose options are codes, exactly one of them right, and an explanation for every
 * option. Pure data checked by zod, like lib/profiles; tests/unit/try-work.test.ts parses the data.
 */
import { z } from "zod";
import { sourceSchema } from "@/lib/profiles/schema";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");
const text = z.string().trim().min(1);

export const codeSetIdSchema = z.enum(["icd-10-cm", "cpt", "hcpcs"]);
export type CodeSetId = z.infer<typeof codeSetIdSchema>;

/** The three kinds of question, one per code set: why the patient came, what was done, what was supplied. */
export const questionKindSchema = z.enum(["diagnosis", "procedure", "supply"]);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const CODE_SET_FOR_KIND: Record<QuestionKind, CodeSetId> = {
  diagnosis: "icd-10-cm",
  procedure: "cpt",
  supply: "hcpcs",
};

/**
 * Where a code and its meaning come from. "seed": one of the examples the profile's code sets
 * name (lib/profiles/medical-coder/content.ts), with the seed document that names it, and what its
 * meaning was checked against where the seed's own gloss is wrong. "public-icd-10-cm": an
 * ICD-10-CM code no seed names, taken from the public code set (ICD-10-CM is public; CPT is the
 * AMA's, so only the seeds' CPT examples may appear).
 */
export const codeSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("seed"), seed: sourceSchema, checkedAgainst: text.optional(), correction: text.optional() }),
  z.object({ kind: z.literal("public-icd-10-cm"), reference: text }),
]);
export type CodeSource = z.infer<typeof codeSourceSchema>;

export const exerciseCodeSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{3,7}(\.[A-Z0-9]{1,4})?$/, "codes look like S61.211A, 71046 or J3410"),
  set: codeSetIdSchema,
  /** What the code means, in our words, short enough for an option on a phone. */
  meaning: text,
  source: codeSourceSchema,
});
export type ExerciseCode = z.infer<typeof exerciseCodeSchema>;

export const exerciseOptionSchema = z.object({
  id,
  /** A code from the exercise's `codes`, or null for "no separate code". */
  code: z.string().nullable(),
  /** Shown instead of a code's meaning, for the option without a code. */
  label: text.optional(),
  correct: z.boolean(),
  /** Why it fits (the right option) or why it does not (the others). */
  explanation: text,
});
export type ExerciseOption = z.infer<typeof exerciseOptionSchema>;

export const exerciseQuestionSchema = z
  .object({
    id,
    kind: questionKindSchema,
    prompt: text,
    options: z.array(exerciseOptionSchema).min(3).max(5),
    /** One line a working coder would take away from it. */
    takeaway: text,
  })
  .refine((question) => question.options.filter((option) => option.correct).length === 1, "exactly one option is correct")
  .refine((question) => new Set(question.options.map((option) => option.id)).size === question.options.length, "option ids are unique")
  .refine((question) => question.options.every((option) => option.code !== null || option.label), "an option without a code has a label");
export type ExerciseQuestion = z.infer<typeof exerciseQuestionSchema>;

export const clinicalNoteSchema = z.object({
  id,
  /** Where the visit happened: "Urgent care visit". */
  setting: text,
  /** The note's lines as a clinician would write them, in plain words. */
  lines: z.array(z.object({ label: text, text })).min(2).max(6),
  question: exerciseQuestionSchema,
});
export type ClinicalNote = z.infer<typeof clinicalNoteSchema>;

export const exerciseSchema = z
  .object({
    /** Stored with each outcome, so an outcome can always be read against the notes it answered. */
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
    notes: z.array(clinicalNoteSchema).min(2).max(3),
    codes: z.array(exerciseCodeSchema).min(1),
  })
  .superRefine((exercise, context) => {
    const codes = new Map(exercise.codes.map((entry) => [entry.code, entry]));
    if (codes.size !== exercise.codes.length) context.addIssue({ code: "custom", message: "each code is listed once", path: ["codes"] });
    const questionIds = exercise.notes.map((note) => note.question.id);
    if (new Set(questionIds).size !== questionIds.length) context.addIssue({ code: "custom", message: "question ids are unique", path: ["notes"] });
    exercise.notes.forEach((note, noteIndex) => {
      note.question.options.forEach((option, optionIndex) => {
        const path = ["notes", noteIndex, "question", "options", optionIndex];
        if (option.code === null) return;
        const entry = codes.get(option.code);
        if (!entry) {
          context.addIssue({ code: "custom", message: `${option.code} is not in the exercise's codes`, path });
          return;
        }
        if (option.correct && entry.set !== CODE_SET_FOR_KIND[note.question.kind]) {
          context.addIssue({ code: "custom", message: `the right answer to a ${note.question.kind} question comes from ${CODE_SET_FOR_KIND[note.question.kind]}`, path });
        }
      });
    });
  });
export type Exercise = z.infer<typeof exerciseSchema>;
