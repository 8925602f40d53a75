import type { Metadata } from "next";
import { CareerPageView } from "@/components/career/career-page";
import { careerPage } from "@/lib/career/pages";
import { careerWords } from "@/lib/career/words";

const words = careerWords.pages.courses.meta;
const path = careerPage("courses").path;

export const metadata: Metadata = {
  title: words.title,
  description: words.description,
  alternates: { canonical: path },
  openGraph: { type: "article", siteName: "Coder Fit", title: words.title, description: words.description },
  twitter: { card: "summary_large_image", title: words.title, description: words.description },
};

/** The career profile's page on courses: the kinds of course, and named programmes and institutions by country. */
export default function CareerCoursesPage() {
  return <CareerPageView id="courses" />;
}
