/**
 * Rules for text one person types and another reads (names, notes, searches), shared by the
 * forms and the server. Whitespace is tidied rather than refused; what can never be meant is
 * refused with a message: control characters (a NUL byte also makes PostgreSQL refuse the whole
 * row) and half of a UTF-16 surrogate pair (not text at all: each database would store it as
 * replacement characters). Zero-width joiners, right-to-left text and emoji are ordinary text
 * (Indic scripts need the joiners) and pass; the invisible characters that override the direction
 * of text do not, in names, because they make a name show as something else.
 */
import { z } from "zod";
import {
  collapseWhitespace,
  DIRECTION_CHARACTERS_MESSAGE,
  hasDirectionControls,
  hasHiddenCharacters,
  hasVisibleText,
  HIDDEN_CHARACTERS_MESSAGE,
  LETTER_OR_DIGIT,
  type NameRules,
} from "./text-rules";

// The rules themselves live without zod in ./text-rules, so the quiz can check a name without loading zod.
export { DIRECTION_CHARACTERS_MESSAGE, hasDirectionControls, hasHiddenCharacters, hasVisibleText, HIDDEN_CHARACTERS_MESSAGE, type NameRules };

/**
 * A one-line name: whitespace collapsed and trimmed, then no hidden characters and no
 * text-direction overrides, a length within bounds, and at least one letter or digit (so
 * "\u200b\u200b" is not a name).
 */
export function nameSchema({ required, min, max, tooShort, tooLong }: NameRules) {
  return z
    .string({ error: required })
    .overwrite(collapseWhitespace)
    .refine((text) => !hasHiddenCharacters(text), HIDDEN_CHARACTERS_MESSAGE)
    .refine((text) => !hasDirectionControls(text), DIRECTION_CHARACTERS_MESSAGE)
    .min(min, min <= 1 ? required : tooShort)
    .max(max, tooLong)
    .refine((text) => text === "" || LETTER_OR_DIGIT.test(text), required);
}

export interface TextRules {
  /** For text with nothing a reader can see. */
  required: string;
  /** For a value that is not a string at all. */
  notText: string;
  max: number;
  tooLong: string;
}

/** Free text over several lines: trimmed, line breaks and tabs kept, other hidden characters refused. */
export function multiLineTextSchema({ required, notText, max, tooLong }: TextRules) {
  return z
    .string({ error: notText })
    .overwrite((text) => text.replace(/\r\n?/g, "\n").trim())
    .refine((text) => !hasHiddenCharacters(text, true), HIDDEN_CHARACTERS_MESSAGE)
    .min(1, required)
    .max(max, tooLong)
    .refine((text) => text === "" || hasVisibleText(text), required);
}
