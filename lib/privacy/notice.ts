/**
 * The privacy page's settings and helpers; its words are in lib/i18n/messages/<locale>/privacy.json
 * (the page /privacy, the link beside the share consent boxes, and "Download my data").
 */
import type { PageWords } from "@/lib/i18n/page-words";

export const PRIVACY_PATH = "/privacy";

/** Who runs the site and how to reach them, as the environment sets them (lib/env.ts). */
export type PrivacyOperator = {
  /** PRIVACY_OPERATOR_NAME, or undefined when not set. */
  name: string | undefined;
  /** PRIVACY_CONTACT_EMAIL, or undefined when not set. */
  contactEmail: string | undefined;
  /** RETENTION_DAYS. */
  retentionDays: number;
};

/**
 * "365 days (about a year)": the number as set, with a plain reading of it when it is a whole
 * number of years or months. `t` is the privacy namespace's translator (useTranslations("privacy")).
 */
export function retentionPeriod(days: number, t: PageWords<"privacy">): string {
  // The number as set, without a thousands separator.
  const asSet = String(days);
  if (days % 365 === 0) return t("retention.years", { days: asSet, years: days / 365 });
  if (days % 30 === 0 && days < 365) return t("retention.months", { days: asSet, months: days / 30 });
  return t("retention.days", { days: asSet });
}
