import { shareCard } from "@/components/og/share-card";
import { careerWords } from "@/lib/career/words";

/** A career page's share card: the site's card with the profile's eyebrow and button and the page's own headline and line. */
export function careerCard({ headline, line }: { headline: string; line: string }) {
  const { meta } = careerWords;
  return shareCard({ eyebrow: meta.ogEyebrow, headline, line, button: meta.ogButton, lineWidth: 700 });
}
