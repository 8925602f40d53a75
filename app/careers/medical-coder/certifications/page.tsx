import type { Metadata } from "next";
import { CareerPageView } from "@/components/career/career-page";
import { careerPage } from "@/lib/career/pages";
import { careerWords } from "@/lib/career/words";

const words = careerWords.pages.certifications.meta;
const path = careerPage("certifications").path;

export const metadata: Metadata = {
  title: words.title,
  description: words.description,
  alternates: { canonical: path },
  openGraph: { type: "article", siteName: "Coder Fit", title: words.title, description: words.description },
  twitter: { card: "summary_large_image", title: words.title, description: words.description },
};

/** The career profile's page on certifications: which counts in each country, and every credential one by one. */
export default function CareerCertificationsPage() {
  return <CareerPageView id="certifications" />;
}
