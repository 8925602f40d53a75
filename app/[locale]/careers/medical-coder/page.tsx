import type { Metadata } from "next";
import { CareerPageView, careerPageMetadata } from "@/components/career/career-page";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return careerPageMetadata("work", (await params).locale);
}

/**
 * The Medical Coder career profile, first of its three pages (lib/career/pages.ts): what the work
 * is, a day, the code sets, skills, who it suits, the outlook and similar careers. Reads only the
 * profile data (no database); the root layout still renders it per request, for the CSP nonce.
 */
export default function MedicalCoderCareerPage() {
  return <CareerPageView id="work" />;
}
