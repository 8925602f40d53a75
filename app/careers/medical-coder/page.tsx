import type { Metadata } from "next";
import { CareerContents, CareerEnd, CareerHero } from "@/components/career/career-hero";
import { CertificationsSection } from "@/components/career/certifications-section";
import { CodeSetsSection } from "@/components/career/code-sets";
import { EducationSection } from "@/components/career/education-section";
import { LearningSection } from "@/components/career/learning-section";
import { FaqsSection, OutlookSection, SimilarSection } from "@/components/career/outlook-sections";
import { PaySection, ProgressionSection } from "@/components/career/progression-pay";
import { SkillsSection, TemperamentSection } from "@/components/career/skills-sections";
import { SourcesSection } from "@/components/career/sources-section";
import { TrainingSection } from "@/components/career/training-section";
import { DaySection, WorkSection } from "@/components/career/work-sections";
import { citedSources } from "@/lib/career/view";
import { careerWords } from "@/lib/career/words";
import { medicalCoderProfile } from "@/lib/profiles";

export const metadata: Metadata = {
  title: careerWords.meta.title,
  description: careerWords.meta.description,
  alternates: { canonical: careerWords.path },
  openGraph: { type: "article", siteName: "Coder Fit", title: careerWords.meta.title, description: careerWords.meta.description },
  twitter: { card: "summary_large_image", title: careerWords.meta.title, description: careerWords.meta.description },
};

const sections = careerWords.sections;
const contents = [
  { id: "work", label: sections.work.nav },
  { id: "day", label: sections.day.nav },
  { id: "code-sets", label: sections.codeSets.nav },
  { id: "skills", label: sections.skills.nav },
  { id: "temperament", label: sections.temperament.nav },
  { id: "education", label: sections.education.nav },
  { id: "learning", label: sections.learning.nav },
  { id: "progression", label: sections.progression.nav },
  { id: "pay", label: sections.pay.nav },
  { id: "certifications", label: sections.certifications.nav },
  { id: "training", label: sections.training.nav },
  { id: "outlook", label: sections.outlook.nav },
  { id: "similar", label: sections.similar.nav },
  { id: "faqs", label: sections.faqs.nav },
  { id: "sources", label: sections.sources.nav },
];

/**
 * The Medical Coder career profile: every fact of lib/profiles/medical-coder in plain words, each
 * with its source. Reads only the profile data (no database); the root layout still renders it
 * per request, for the CSP nonce.
 */
export default function MedicalCoderCareerPage() {
  const profile = medicalCoderProfile;
  return (
    <article aria-labelledby="career-title" data-career-profile>
      <CareerHero profile={profile} />
      <CareerContents items={contents} />
      <WorkSection profile={profile} />
      <DaySection profile={profile} />
      <CodeSetsSection profile={profile} />
      <SkillsSection profile={profile} />
      <TemperamentSection profile={profile} />
      <EducationSection profile={profile} />
      <LearningSection profile={profile} />
      <ProgressionSection profile={profile} />
      <PaySection profile={profile} />
      <CertificationsSection profile={profile} />
      <TrainingSection profile={profile} />
      <OutlookSection profile={profile} />
      <SimilarSection profile={profile} />
      <FaqsSection profile={profile} />
      <SourcesSection cited={citedSources(profile)} />
      <CareerEnd />
    </article>
  );
}
