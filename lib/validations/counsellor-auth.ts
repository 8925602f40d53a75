/**
 * What a counsellor types to sign up and sign in. The forms validate with these (zodResolver)
 * before anything is sent; Better Auth applies the same password limits on the server, from the
 * same AUTH_LIMITS.
 */
import { z } from "zod";
import { AUTH_LIMITS } from "@/lib/auth/limits";
import { hasDirectionControls, nameSchema } from "./text";

const { minPasswordLength, maxPasswordLength } = AUTH_LIMITS;

export const PASSWORD_RULE = `At least ${minPasswordLength} characters.`;

/**
 * C0 control characters and DEL, and the invisible zero-width space, word joiner and byte-order
 * mark: no keyboard types them into a password, a paste does ("\u0000" twelve times was accepted).
 * Text-direction characters are refused as well (lib/validations/text.ts). Every other character,
 * spaces included, is allowed.
 */
const PASSWORD_CONTROL = /[\u0000-\u001f\u007f\u200b\u2060\ufeff]/u;

export const PASSWORD_HIDDEN_CHARACTERS_MESSAGE =
  "Your password has hidden characters in it, such as a tab, line break or text-direction mark (often from pasting). Please type it again.";

/** Checked by the forms and again by the server (lib/auth/server.ts) for sign-up and sign-in. */
export const passwordHasHiddenCharacters = (password: string) => PASSWORD_CONTROL.test(password) || hasDirectionControls(password);

export const counsellorNameSchema = nameSchema({
  required: "Enter your name.",
  min: 1,
  tooShort: "Enter your name.",
  max: 80,
  tooLong: "Keep your name to 80 characters or fewer.",
});

export const counsellorEmailSchema = z
  .string({ error: "Enter your work email." })
  .trim()
  .min(1, "Enter your work email.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address such as name@college.edu.in." }));

// Never trimmed: spaces can be part of a password.
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(1, "Choose a password.")
  .min(minPasswordLength, `Use at least ${minPasswordLength} characters.`)
  .max(maxPasswordLength, `Use ${maxPasswordLength} characters or fewer.`)
  .refine((password) => !passwordHasHiddenCharacters(password), PASSWORD_HIDDEN_CHARACTERS_MESSAGE);

export const signUpSchema = z.object({
  name: counsellorNameSchema,
  email: counsellorEmailSchema,
  password: newPasswordSchema,
});

export const signInSchema = z.object({
  email: counsellorEmailSchema,
  // Only "is there one": the length rules are for choosing a password, not for typing it.
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(maxPasswordLength, `Passwords here are at most ${maxPasswordLength} characters.`)
    .refine((password) => !passwordHasHiddenCharacters(password), PASSWORD_HIDDEN_CHARACTERS_MESSAGE),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
