import { useLocale } from "next-intl";
import { use, type ReactNode } from "react";
import { pageSources, type CareerPageId, type CareerSectionId } from "@/lib/career/pages";
import { profileInBrowser } from "@/lib/i18n/browser-profile";
import type { CareerProfile } from "@/lib/profiles";
import { CertificationsSection } from "./certifications-section";
import { CodeSetsSection } from "./code-sets";
import { EducationSection } from "./education-section";
import { LearningSection } from "./learning-section";
import { FaqsSection, OutlookSection, SimilarSection } from "./outlook-sections";
import { PaySection, ProgressionSection } from "./progression-pay";
import { SkillsSection, TemperamentSection } from "./skills-sections";
import { SourcesSection } from "./sources-section";
import { TrainingSection } from "./training-section";
import { DaySection, WorkSection } from "./work-sections";

const SECTIONS: Record<CareerSectionId, (props: { profile: CareerProfile }) => ReactNode> = {
  work: WorkSection,
  day: DaySection,
  "code-sets": CodeSetsSection,
  skills: SkillsSection,
  temperament: TemperamentSection,
  outlook: OutlookSection,
  similar: SimilarSection,
  education: EducationSection,
  learning: LearningSection,
  progression: ProgressionSection,
  pay: PaySection,
  faqs: FaqsSection,
  certifications: CertificationsSection,
  training: TrainingSection,
};

/** A part of a career page: one of its sections, or the sources its facts cite. */
export type CareerPart = { section: CareerSectionId } | { sourcesOf: CareerPageId };

/** Starts fetching the profile's words in `locale` (career-part.tsx calls it at the reader's first action). */
export function preloadProfile(locale: string): void {
  void profileInBrowser(locale);
}

/**
 * Draws one part from the profile itself (loaded with this module, in the page's language), so
 * the page sends only the part's name.
 */
export default function CareerPartBody({ part }: { part: CareerPart }) {
  const found = profileInBrowser(useLocale());
  const profile = found instanceof Promise ? use(found) : found;
  if ("sourcesOf" in part) return <SourcesSection cited={pageSources(profile, part.sourcesOf)} />;
  const Section = SECTIONS[part.section];
  return <Section profile={profile} />;
}
