import { shareCard } from "@/components/og/share-card";
import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "@/lib/i18n/page-words";

/**
 * A career page's share card: the site's card with the profile's eyebrow and button (in the
 * card's language, English unless told) and the page's own headline and line.
 */
export function careerCard({ headline, line, locale = "en" }: { headline: string; line: string; locale?: Locale }) {
  const t = pageWords(locale, "career");
  return shareCard({ eyebrow: t("meta.ogEyebrow"), headline, line, button: t("meta.ogButton"), lineWidth: 700 });
}
