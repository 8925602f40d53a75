import { careerCard, careerCardSize } from "@/components/career/career-og-card";
import { careerWords } from "@/lib/career/words";

export const alt = careerWords.pages.certifications.meta.ogAlt;
export const size = careerCardSize;
export const contentType = "image/png";

/** The share card of the profile's page on certifications. */
export default function OpenGraphImage() {
  return careerCard({ headline: careerWords.pages.certifications.meta.title, line: careerWords.pages.certifications.meta.ogLine });
}
