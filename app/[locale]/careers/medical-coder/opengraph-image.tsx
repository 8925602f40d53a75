import { careerCard } from "@/components/career/career-og-card";
import { shareCardSize } from "@/components/og/share-card";
import { careerWords } from "@/lib/career/words";

export const alt = careerWords.meta.ogAlt;
export const size = shareCardSize;
export const contentType = "image/png";

/** The career profile's share card. */
export default function OpenGraphImage() {
  return careerCard({ headline: careerWords.meta.ogHeadline, line: careerWords.meta.ogLine });
}
