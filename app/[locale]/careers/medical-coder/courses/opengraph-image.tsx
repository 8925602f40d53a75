import { careerCard } from "@/components/career/career-og-card";
import { shareCardSize } from "@/components/og/share-card";
import { careerWords } from "@/lib/career/words";

export const alt = careerWords.pages.courses.meta.ogAlt;
export const size = shareCardSize;
export const contentType = "image/png";

/** The share card of the profile's page on courses. */
export default function OpenGraphImage() {
  return careerCard({ headline: careerWords.pages.courses.meta.title, line: careerWords.pages.courses.meta.ogLine });
}
