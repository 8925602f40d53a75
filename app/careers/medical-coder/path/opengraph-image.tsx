import { careerCard, careerCardSize } from "@/components/career/career-og-card";
import { careerWords } from "@/lib/career/words";

export const alt = careerWords.pages.path.meta.ogAlt;
export const size = careerCardSize;
export const contentType = "image/png";

/** The share card of the profile's page on getting in and getting on. */
export default function OpenGraphImage() {
  return careerCard({ headline: careerWords.pages.path.meta.title, line: careerWords.pages.path.meta.ogLine });
}
