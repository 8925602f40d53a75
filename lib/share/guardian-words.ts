/**
 * The words of a parent's or guardian's confirmation when someone under 18 shares a result with a
 * counsellor (India's DPDP Act 2023, section 9), together so they can move into message files.
 */
export const GUARDIAN_WORDS = {
  under18: "I am under 18",
  heading: "A parent or guardian needs to agree",
  why: "India's data protection law (the DPDP Act 2023) says a parent or guardian must agree before a child's information is shared. Ask your parent or guardian to fill in their name and tick the box below, here on this device.",
  guardianName: "Your parent's or guardian's name",
  guardianConsent: (who: string) =>
    `As this student's parent or guardian, I give my consent to share their result and details with ${who}.`,
  nameRequired: "Enter your parent's or guardian's name.",
  nameTooLong: "Keep the name to 80 characters or fewer.",
  consentRequired: "Your parent or guardian needs to tick this box to share.",
  /** On the counsellor's view of the result. */
  counsellorNote: (guardianName: string) => `Shared with a guardian's consent (${guardianName})`,
} as const;
