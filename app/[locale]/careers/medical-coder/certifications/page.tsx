import type { Metadata } from "next";
import { CareerPageView, careerPageMetadata } from "@/components/career/career-page";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return careerPageMetadata("certifications", (await params).locale);
}

/** The career profile's page on certifications: which counts in each country, and every credential one by one. */
export default function CareerCertificationsPage() {
  return <CareerPageView id="certifications" />;
}
