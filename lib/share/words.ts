/**
 * The words of a shared report link, in one place (they move into message files with the rest of
 * the product's words). They name the career and the band only: never an answer, a score, a name
 * or an email.
 */
export const SHARE_MESSAGE_WORDS = {
  title: (career: string) => `My ${career} fit report`,
  text: (career: string, band: string) => `I checked how well a ${career} career suits me on Coder Fit. My result: ${band}.`,
  linkLead: "See the report:",
  emailSubject: (career: string, band: string) => `My ${career} fit report: ${band}`,
} as const;
