import { careerCard } from "@/components/career/career-og-card";
import { shareCardSize } from "@/components/og/share-card";
import { pageWords } from "@/lib/i18n/page-words";
import { pageLocale } from "@/lib/i18n/routing";

/** Next.js takes one alt per image route, not per language: English's. */
export const alt = pageWords("en", "career")("pages.courses.meta.ogAlt");
export const size = shareCardSize;
export const contentType = "image/png";

/** The share card of the profile's page on courses, in the language of the page's address. */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = pageWords(locale, "career");
  return careerCard({ headline: t("pages.courses.meta.title"), line: t("pages.courses.meta.ogLine"), locale });
}
