/**
 * Passwords and names refuse what nobody types but a paste or an attacker brings: control
 * characters in a password (twelve NUL bytes were a valid one), and the invisible characters
 * that reorder how text shows (U+202E makes "Asha\u202Eexe.gpj" show as "Ashajpg.exe").
 */
import { describe, expect, it } from "vitest";
import { cohortNameSchema } from "@/lib/validations/cohort";
import {
  PASSWORD_HIDDEN_CHARACTERS_MESSAGE,
  counsellorNameSchema,
  newPasswordSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/validations/counsellor-auth";
import { displayNameSchema } from "@/lib/validations/share";
import { DIRECTION_CHARACTERS_MESSAGE } from "@/lib/validations/text";

const DIRECTION_CHARACTERS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];
const hex = (text: string) => [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");

describe("passwords", () => {
  const refused = [
    "\u0000".repeat(12),
    `long enough${"\u0000"}`,
    "tab\there-and-more",
    "line\nbreak-password",
    "carriage\rreturn-pw",
    "escape\u001b[31m-red",
    "delete\u007f-character",
    "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a",
    "zero\u200bwidth-space",
    "byte\ufefforder-mark",
    ...DIRECTION_CHARACTERS.map((c) => `calm-river${c}stone-42`),
  ];

  it.each(refused.map((p) => [hex(p.replace(/[ -~]/g, "")) || p, p]))("are refused at sign-up with %s in them", (_label, password) => {
    const parsed = newPasswordSchema.safeParse(password);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message)).toContain(PASSWORD_HIDDEN_CHARACTERS_MESSAGE);
  });

  it("say why in words a person understands", () => {
    expect(PASSWORD_HIDDEN_CHARACTERS_MESSAGE).toMatch(/^Your password has hidden characters/);
    const parsed = signUpSchema.safeParse({ name: "Priya", email: "priya@college.edu.in", password: "\u0000".repeat(12) });
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["password"], message: PASSWORD_HIDDEN_CHARACTERS_MESSAGE })]);
  });

  it("are refused at sign-in with the same message", () => {
    const parsed = signInSchema.safeParse({ email: "priya@college.edu.in", password: "\u0000".repeat(12) });
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["password"], message: PASSWORD_HIDDEN_CHARACTERS_MESSAGE })]);
  });

  it.each([
    "correct horse battery staple",
    "  spaces at both ends  ",
    "पासवर्ड-सुरक्षित-है",
    "كلمة المرور الطويلة",
    "пароль-достаточно-длинный",
    "emoji 👩🏽‍⚕️ and a joiner",
    "क्‍ष joined conjunct 12",
    "no-break\u00a0space-pass",
    "ünïcödé-pässwörd",
  ])("allow any other text, spaces included: %j", (password) => {
    expect(newPasswordSchema.parse(password)).toBe(password);
  });
});

describe("names", () => {
  const schemas = { counsellorNameSchema, displayNameSchema, cohortNameSchema };

  it.each(DIRECTION_CHARACTERS.map((c) => [hex(c), c]))("refuse %s, which changes the direction of text", (_label, character) => {
    for (const [name, schema] of Object.entries(schemas)) {
      for (const text of [`Asha${character}exe.gpj`, `${character}Priya Sharma`, `Ravi Menon${character}`]) {
        const parsed = schema.safeParse(text);
        expect(parsed.success, `${name} ${JSON.stringify(text)}`).toBe(false);
        expect(parsed.error!.issues[0]!.message).toBe(DIRECTION_CHARACTERS_MESSAGE);
      }
    }
  });

  it("say why in words a person understands", () => {
    expect(DIRECTION_CHARACTERS_MESSAGE).toMatch(/hidden characters that change the direction of text/);
  });

  it("still accept right-to-left names and the joiners Indic scripts need", () => {
    for (const schema of Object.values(schemas)) {
      expect(schema.parse("مريم")).toBe("مريم");
      expect(schema.parse("יעל כהן")).toBe("יעל כהן");
      expect(schema.parse("ന്‍റെ പേര്")).toBe("ന്‍റെ പേര്");
    }
  });
});
