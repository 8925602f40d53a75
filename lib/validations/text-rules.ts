/**
 * The rules of lib/validations/text.ts as plain functions, without zod: the zod schemas there are
 * built from these, and the quiz's consent step checks a name with them in the browser, where
 * loading zod would cost a phone about 30 KB of JavaScript.
 */

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
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
export const collapseWhitespace = (text: string) => text.replace(/\s+/gu, " ").trim();

export interface NameRules {
  /** For a value that is not a string at all, or has no letter or digit once tidied. */
  required: string;
  min: number;
  max: number;
  tooShort: string;
  tooLong: string;
}

/** The first problem nameSchema(rules) would report for this value, or null when it passes. */
export function nameProblem(value: unknown, { required, min, max, tooShort, tooLong }: NameRules): string | null {
  if (typeof value !== "string") return required;
  const text = collapseWhitespace(value);
  if (hasHiddenCharacters(text)) return HIDDEN_CHARACTERS_MESSAGE;
  if (hasDirectionControls(text)) return DIRECTION_CHARACTERS_MESSAGE;
  if (text.length < min) return min <= 1 ? required : tooShort;
  if (text.length > max) return tooLong;
  if (text !== "" && !LETTER_OR_DIGIT.test(text)) return required;
  return null;
}
