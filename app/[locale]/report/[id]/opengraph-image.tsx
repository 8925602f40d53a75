import { shareCard, shareCardSize } from "@/components/og/share-card";
import { getAssessment } from "@/lib/assessments/service";
import { OG_ALT, shareHeadline } from "@/lib/report/meta";

export const alt = OG_ALT;
export const size = shareCardSize;
export const contentType = "image/png";

/** A deleted or unknown report must not keep its card: read the store on every request. */
export const dynamic = "force-dynamic";

/**
 * The share card: "Coder Fit" and the band only. Never the score, an answer or anything else
 * about the person. An unknown id gets the generic card.
 */
export default async function OpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let bandLabel: string | null = null;
  try {
    bandLabel = (await getAssessment(id))?.result.band.label ?? null;
  } catch {
    bandLabel = null;
  }
  const headline = shareHeadline(bandLabel);

  return shareCard({
    eyebrow: bandLabel ? "Career-fit result" : "Career-fit assessment",
    headline,
    line: bandLabel ? "Is medical coding the right career for you?" : "Education, skills and temperament, compared with the real work",
    button: "Take the assessment",
  });
}
