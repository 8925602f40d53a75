/**
 * What a counsellor types to sign up and sign in. The forms validate with these (zodResolver)
 * before anything is sent; Better Auth applies the same password limits on the server, from the
 * same AUTH_LIMITS.
 */
import { z } from "zod";
import { AUTH_LIMITS } from "@/lib/auth/limits";
import { nameSchema } from "./text";

const { minPasswordLength, maxPasswordLength } = AUTH_LIMITS;

export const PASSWORD_RULE = `At least ${minPasswordLength} characters.`;

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
  .max(maxPasswordLength, `Use ${maxPasswordLength} characters or fewer.`);

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
    .max(maxPasswordLength, `Passwords here are at most ${maxPasswordLength} characters.`),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;

/**
 * The `next` a sign-in page is sent back to: a path on this site only. Control characters and
 * spaces are refused as well as "//" and "\", because browsers drop tabs and newlines from a
 * URL, so "/\t/evil.example" would become "//evil.example", another site.
 */
export const returnPathSchema = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/);

export function returnPathFrom(next: unknown, fallback = "/counsellor"): string {
  const parsed = returnPathSchema.safeParse(next);
  return parsed.success ? parsed.data : fallback;
}
