/**
 * The shape of a questionnaire. Items are data with stable ids; what an answer means for the
 * score (which trait, which direction, which skill) lives here too, never in `if`s.
 */
import { z } from "zod";

const id = z.string().regex(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/, "item ids look like section.name");
const text = z.string().trim().min(1);

const option = z.object({ value: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), label: text, hint: text.optional() });

/** What an About-you or Education answer is used for; the engine finds items by role. */
export const choiceRoleSchema = z.enum(["market", "stage", "healthcare-years", "coding-years", "training", "background"]);
export type ChoiceRole = z.infer<typeof choiceRoleSchema>;

/** An item's words for one market; option labels are keyed by option value. */
export const marketWordsSchema = z.object({
  prompt: text.optional(),
  help: text.optional(),
  options: z.record(z.string(), text).optional(),
  explanation: text.optional(),
});
export type MarketWords = z.infer<typeof marketWordsSchema>;

const base = {
  id,
  prompt: text,
  help: text.optional(),
  /** Seconds a slow reader needs to read the item and answer it; the quiz adds them up for "minutes left". */
  seconds: z.number().int().positive(),
  /**
   * Words that differ by market, such as the name of a code set, keyed by an answer value of the
   * market question. Only the words change: ids, option values and scoring stay as they are.
   */
  byMarket: z.record(z.string(), marketWordsSchema).optional(),
};

export const choiceItemSchema = z.object({
  ...base,
  kind: z.literal("choice"),
  role: choiceRoleSchema,
  /** Numbers attached to options (years of experience), keyed by option value. */
  options: z.array(option.extend({ years: z.number().min(0).optional() })).min(2),
});

export const levelItemSchema = z.object({
  ...base,
  kind: z.literal("level"),
  skill: z.string(),
  /** One concrete, behavioural anchor per level 0–4, so a self-rating means the same to everyone. */
  anchors: z.array(text).length(5),
});

export const agreementItemSchema = z.object({
  ...base,
  kind: z.literal("agreement"),
  /** Agreeing more moves each named trait up (plus) or down (minus). */
  keys: z.array(z.object({ trait: z.string(), keyed: z.enum(["plus", "minus"]) })).min(1),
});

export const knowledgeItemSchema = z.object({
  ...base,
  kind: z.literal("knowledge"),
  options: z.array(option).min(3),
  correct: z.string(),
  explanation: text,
});

export const itemSchema = z.discriminatedUnion("kind", [choiceItemSchema, levelItemSchema, agreementItemSchema, knowledgeItemSchema]);

export const sectionSchema = z.object({
  id: z.enum(["about", "education", "skills", "temperament", "knowledge"]),
  title: text,
  intro: text,
  items: z.array(itemSchema).min(1),
});

export const questionnaireSchema = z.object({
  profileId: z.string(),
  version: z.string(),
  agreementScale: z.array(z.object({ value: z.number().int(), label: text })).length(5),
  sections: z.array(sectionSchema).length(5),
});

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionnaireItem = z.infer<typeof itemSchema>;
export type ChoiceItem = z.infer<typeof choiceItemSchema>;
export type LevelItem = z.infer<typeof levelItemSchema>;
export type AgreementItem = z.infer<typeof agreementItemSchema>;
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;
export type Section = z.infer<typeof sectionSchema>;
