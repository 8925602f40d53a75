import type { Metadata } from "next";
import { CareerPageView, careerPageMetadata } from "@/components/career/career-page";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return careerPageMetadata("courses", (await params).locale);
}

/** The career profile's page on courses: the kinds of course, and named programmes and institutions by country. */
export default function CareerCoursesPage() {
  return <CareerPageView id="courses" />;
}
