/**
 * Words for the report's metadata and its share card. Nothing personal goes here: the share
 * card names only the band, never the score or any answer. The card's words are in the `og`
 * messages (lib/i18n/messages/<locale>/og.json); the page's title and description in `report`.
 */
import type { PageWords } from "@/lib/i18n/page-words";

/** English only, for callers not yet reading `report.meta.title` in the page's language. */
export const REPORT_TITLE = "Your Medical Coder fit report";

/** English only, for callers not yet reading `report.meta.description` in the page's language. */
export const REPORT_DESCRIPTION =
  "A personal Coder Fit report: how well medical coding suits one person's education, skills and temperament, with next steps.";

/** The field the career belongs to, as the share card words it. */
export const CAREER_FIELD = "medical coding";

/** "Good fit for medical coding", "Medical coding: possible with preparation" (English; the card uses cardHeadline). */
export function shareHeadline(bandLabel: string | null, field: string = CAREER_FIELD): string {
  if (!bandLabel) return `Is ${field} the right career for you?`;
  if (/\bfit$/i.test(bandLabel)) return `${bandLabel} for ${field}`;
  return `${field.charAt(0).toUpperCase()}${field.slice(1)}: ${bandLabel.charAt(0).toLowerCase()}${bandLabel.slice(1)}`;
}

/**
 * The share card's headline in the card's language: the band with the field ("Good fit for
 * medical coding", "मेडिकल कोडिंग के लिए अच्छा मेल"), each language choosing by the band's id
 * how its band reads with the field; without a band, the question the card asks.
 */
export function cardHeadline(band: { id: string; label: string } | null, t: PageWords<"og">): string {
  if (!band) return t("headline.question");
  const labelLower = `${band.label.charAt(0).toLowerCase()}${band.label.slice(1)}`;
  return t("headline.band", { band: band.id, label: band.label, labelLower });
}
