/**
 * Words for the report's metadata and its share card. Nothing personal goes here: the share
 * card names only the band, never the score or any answer.
 */
export const REPORT_TITLE = "Your Medical Coder fit report";

export const REPORT_DESCRIPTION =
  "A personal Coder Fit report: how well medical coding suits one person's education, skills and temperament, with next steps.";

export const OG_ALT = "Coder Fit: a medical coding career-fit report";

/** The field the career belongs to, as the share card words it. */
export const CAREER_FIELD = "medical coding";

/** "Good fit for medical coding", "Medical coding: possible with preparation". */
export function shareHeadline(bandLabel: string | null, field: string = CAREER_FIELD): string {
  if (!bandLabel) return `Is ${field} the right career for you?`;
  if (/\bfit$/i.test(bandLabel)) return `${bandLabel} for ${field}`;
  return `${field.charAt(0).toUpperCase()}${field.slice(1)}: ${bandLabel.charAt(0).toLowerCase()}${bandLabel.slice(1)}`;
}
