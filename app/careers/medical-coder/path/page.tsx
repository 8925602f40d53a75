import type { Metadata } from "next";
import { CareerPageView } from "@/components/career/career-page";
import { careerPage } from "@/lib/career/pages";
import { careerWords } from "@/lib/career/words";

const words = careerWords.pages.path.meta;
const path = careerPage("path").path;

export const metadata: Metadata = {
  title: words.title,
  description: words.description,
  alternates: { canonical: path },
  openGraph: { type: "article", siteName: "Coder Fit", title: words.title, description: words.description },
  twitter: { card: "summary_large_image", title: words.title, description: words.description },
};

/** The career profile's page on education, the learning path and its timeline, career stages, pay and common questions. */
export default function CareerPathPage() {
  return <CareerPageView id="path" />;
}
