import { CareerPageView, careerPageMetadata } from "@/components/career/career-page";

export const metadata = careerPageMetadata("path");

/** The career profile's page on getting in and getting on: education, the learning path and its timeline, career stages, pay and common questions. */
export default function CareerPathPage() {
  return <CareerPageView id="path" />;
}
