/**
 * The rules for a person's share details as data and plain functions, without zod: the zod
 * schemas of lib/validations/share.ts (which the server parses with) are built from these, and
 * the quiz's consent step checks with the functions here in the browser, where zod would cost a
 * phone about 30 KB of JavaScript. tests/unit/share-checks.test.ts proves both agree.
 */
import { GUARDIAN_WORDS } from "@/lib/share/guardian-words";
import { collapseWhitespace, nameProblem, type NameRules } from "./text-rules";

export const DISPLAY_NAME_RULES: NameRules = {
  required: "Enter the name your counsellor knows you by.",
  min: 1,
  tooShort: "Enter the name your counsellor knows you by.",
  max: 80,
  tooLong: "Keep the name to 80 characters or fewer.",
};

export const SHARE_EMAIL_MESSAGE = "Enter an email address such as name@example.com, or leave it empty.";
export const SHARE_EMAIL_MAX = 254;
export const SHARE_EMAIL_TOO_LONG = "That email address is too long.";
/** zod's own email pattern (z.regexes.email), which z.email() applies; a test keeps the two the same. */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** Ids made by lib/ids.ts, invite tokens among them (lib/validations/ids.ts is the zod schema). */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

/** An empty or blank email is no email. */
export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** The first problem displayNameSchema reports for this value, or null. */
export const displayNameProblem = (value: unknown) => nameProblem(value, DISPLAY_NAME_RULES);

/** The first problem shareEmailSchema reports for this value, or null (no email is fine). */
export function shareEmailProblem(value: unknown): string | null {
  const email = blankToUndefined(value);
  if (email === undefined) return null;
  if (typeof email !== "string" || !EMAIL_PATTERN.test(email)) return SHARE_EMAIL_MESSAGE;
  return email.length > SHARE_EMAIL_MAX ? SHARE_EMAIL_TOO_LONG : null;
}

/** The name as it is stored: whitespace collapsed and trimmed. */
export const tidyDisplayName = collapseWhitespace;

export const GUARDIAN_NAME_RULES: NameRules = {
  required: GUARDIAN_WORDS.nameRequired,
  min: 1,
  tooShort: GUARDIAN_WORDS.nameRequired,
  max: 80,
  tooLong: GUARDIAN_WORDS.nameTooLong,
};

/** What a share says about a parent's or guardian's agreement; all optional for people of 18 and over. */
export interface GuardianFields {
  under18?: boolean | undefined;
  guardianName?: string | undefined;
  guardianConsent?: boolean | undefined;
}

/**
 * Someone under 18 shares only with a parent's or guardian's name and tick (DPDP Act 2023, s. 9);
 * for everyone else the guardian fields are ignored. The same rule for the browser and the server.
 */
export function guardianProblems(input: GuardianFields): { path: "guardianName" | "guardianConsent"; message: string }[] {
  if (input.under18 !== true) return [];
  const problems: { path: "guardianName" | "guardianConsent"; message: string }[] = [];
  const nameMessage = nameProblem(input.guardianName ?? "", GUARDIAN_NAME_RULES);
  if (nameMessage) problems.push({ path: "guardianName", message: nameMessage });
  if (input.guardianConsent !== true) problems.push({ path: "guardianConsent", message: GUARDIAN_WORDS.consentRequired });
  return problems;
}
