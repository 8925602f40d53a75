import type { Metadata } from "next";
import { CareerPageView, careerPageMetadata } from "@/components/career/career-page";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return careerPageMetadata("path", (await params).locale);
}

/** The career profile's page on getting in and getting on: education, the learning path and its timeline, career stages, pay and common questions. */
export default function CareerPathPage() {
  return <CareerPageView id="path" />;
}
