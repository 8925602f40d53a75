import { careerCard } from "@/components/career/career-og-card";
import { shareCardSize } from "@/components/og/share-card";
import { careerWords } from "@/lib/career/words";

export const alt = careerWords.pages.path.meta.ogAlt;
export const size = shareCardSize;
export const contentType = "image/png";

/** The share card of the profile's page on getting in and getting on. */
export default function OpenGraphImage() {
  return careerCard({ headline: careerWords.pages.path.meta.title, line: careerWords.pages.path.meta.ogLine });
}
