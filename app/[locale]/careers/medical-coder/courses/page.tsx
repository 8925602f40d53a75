import { CareerPageView, careerPageMetadata } from "@/components/career/career-page";

export const metadata = careerPageMetadata("courses");

/** The career profile's page on courses: the kinds of course, and named programmes and institutions by country. */
export default function CareerCoursesPage() {
  return <CareerPageView id="courses" />;
}
