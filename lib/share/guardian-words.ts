/**
 * What is left in code of a parent's or guardian's confirmation when someone under 18 shares a
 * result with a counsellor (India's DPDP Act 2023, section 9). The form's own words are in the
 * `share.guardian` messages (components/share/guardian-fields.tsx). Here: the validation messages,
 * in English as the API answers (a form shows them in its language through `share.issues`), and
 * the counsellor's note, until the counsellor's view reads `counsellor` messages.
 */
export const GUARDIAN_WORDS = {
  nameRequired: "Enter your parent's or guardian's name.",
  nameTooLong: "Keep the name to 80 characters or fewer.",
  consentRequired: "Your parent or guardian needs to tick this box to share.",
  /** On the counsellor's view of the result. */
  counsellorNote: (guardianName: string) => `Shared with a guardian's consent (${guardianName})`,
} as const;
