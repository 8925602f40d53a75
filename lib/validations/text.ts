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

/** C0 and C1 control characters, tabs and line breaks included. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** The same, less the tab and line breaks a note may hold. */
const CONTROL_IN_NOTE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/**
 * Bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C): invisible, they reorder what follows, so "Asha\u202Eexe.gpj" shows as
 * "Ashajpg.exe". Right-to-left scripts need none of them to show correctly.
 */
const DIRECTION_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Half a surrogate pair: with the u flag a whole pair is one character and never matches. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Something a reader can see: not only spaces and invisible formatting characters. */
const VISIBLE = /[^\s\p{Cf}\p{M}]/u;
/** A letter or a digit in any script: a name has at least one. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const HIDDEN_CHARACTERS_MESSAGE = "This has hidden or broken characters in it (often from pasting). Please type it again.";
export const DIRECTION_CHARACTERS_MESSAGE =
  "This has hidden characters that change the direction of text, which can make a name look like something else. Please type it again without them.";

/** True when the text holds a control character or a lone surrogate; line breaks and tabs count unless `multiLine`. */
export function hasHiddenCharacters(text: string, multiLine = false): boolean {
  return (multiLine ? CONTROL_IN_NOTE : CONTROL).test(text) || LONE_SURROGATE.test(text);
}

export const hasVisibleText = (text: string) => VISIBLE.test(text);

/** True when the text holds a character that overrides the direction of the text around it. */
export const hasDirectionControls = (text: string) => DIRECTION_CONTROL.test(text);

/** Any run of whitespace (a pasted tab or line break included) becomes one space, and the ends are trimmed. */
const collapseWhitespace = (text: string) => text.replace(/\s+/gu, " ").trim();

export interface NameRules {
  /** For a value that is not a string at all, or has no letter or digit once tidied. */
  required: string;
  min: number;
  max: number;
  tooShort: string;
  tooLong: string;
}

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
