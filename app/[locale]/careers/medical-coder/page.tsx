import type { Metadata } from "next";
import { CareerPageView } from "@/components/career/career-page";
import { careerWords } from "@/lib/career/words";

export const metadata: Metadata = {
  title: careerWords.meta.title,
  description: careerWords.meta.description,
  alternates: { canonical: careerWords.path },
  openGraph: { type: "article", siteName: "Coder Fit", title: careerWords.meta.title, description: careerWords.meta.description },
  twitter: { card: "summary_large_image", title: careerWords.meta.title, description: careerWords.meta.description },
};

/**
 * The Medical Coder career profile, first of its three pages (lib/career/pages.ts): what the work
 * is, a day, the code sets, skills, who it suits, the outlook and similar careers. Reads only the
 * profile data (no database); the root layout still renders it per request, for the CSP nonce.
 */
export default function MedicalCoderCareerPage() {
  return <CareerPageView id="work" />;
}
