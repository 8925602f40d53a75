import { shareCard, shareCardSize } from "@/components/og/share-card";
import { getAssessment } from "@/lib/assessments/service";
import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { routing } from "@/lib/i18n/routing";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import { cardHeadline } from "@/lib/report/meta";

/** Next.js takes one alt per image route, not per language: English's. */
export const alt = pageWords("en", "og")("report.alt");
export const size = shareCardSize;
export const contentType = "image/png";

/** A deleted or unknown report must not keep its card: read the store on every request. */
export const dynamic = "force-dynamic";

/** The stored result's band in `locale`: its id, and its label from the profile in that language. */
async function bandOf(id: string, locale: Locale): Promise<{ id: string; label: string } | null> {
  const stored = await getAssessment(id);
  if (!stored) return null;
  const { band } = stored.result;
  if (locale === "en") return { id: band.id, label: band.label };
  const profile = profileIn(profiles[stored.profileId] ?? medicalCoderProfile, locale);
  const label = profile.scoring.bands.find((entry) => entry.id === band.id)?.label;
  // A band the profile no longer has gets the generic card rather than an English label.
  return label ? { id: band.id, label } : null;
}

/**
 * The share card, in the language of the report's address: "Coder Fit" and the band only. Never
 * the score, an answer or anything else about the person. An unknown id gets the generic card.
 */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: requested, id } = await params;
  const locale = routing.locales.find((known) => known === requested) ?? routing.defaultLocale;
  const t = pageWords(locale, "og");
  let band: { id: string; label: string } | null = null;
  try {
    band = await bandOf(id, locale);
  } catch {
    band = null;
  }

  return shareCard({
    eyebrow: t(band ? "report.eyebrowResult" : "report.eyebrowAssessment"),
    headline: cardHeadline(band, t),
    line: t(band ? "report.lineResult" : "report.lineAssessment"),
    button: t("report.button"),
  });
}
