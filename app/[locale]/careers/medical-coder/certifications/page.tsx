import { CareerPageView, careerPageMetadata } from "@/components/career/career-page";

export const metadata = careerPageMetadata("certifications");

/** The career profile's page on certifications: which counts in each country, and every credential one by one. */
export default function CareerCertificationsPage() {
  return <CareerPageView id="certifications" />;
}
