import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FitSignals } from "@/components/report/fit-signals";
import { NextSteps } from "@/components/report/next-steps";
import { ReportFooter } from "@/components/report/report-footer";
import { ReportSummary } from "@/components/report/report-summary";
import { SkillsGap } from "@/components/report/skills-gap";
import { ReportSharing } from "@/components/share/report-sharing";
import { ShareOutcomeBanner } from "@/components/share/share-outcome-banner";
import { WhyThisScore } from "@/components/report/why-this-score";
import { WhatIfEntry } from "@/components/what-if/what-if-entry";
import { getAssessment } from "@/lib/assessments/service";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import { readShareStatus } from "@/lib/quiz/invite";
import { buildReportView, formatTakenDate, isoDate, REPORT_DESCRIPTION, REPORT_TITLE } from "@/lib/report";
import { ReportOwnerProvider } from "@/components/owner/owner-context";
import { OwnerNotices } from "@/components/owner/owner-notices";

/** Every request reads the stored result: a report can be deleted at any moment. */
export const dynamic = "force-dynamic";

type PageProps = {
  params: Promise<{ id: string }>;
  /** ?share=shared|closed|not-found: set by the quiz when it asked to share with an invite's cohort. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One database read per request, shared by the metadata and the page. */
const loadAssessment = cache((id: string) => getAssessment(id));

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  // Nothing personal in the metadata: the title and description are the same for every report,
  // and the share image (opengraph-image.tsx) names the band only. An unknown id gets the
  // not-found page's metadata.
  const { id } = await params;
  if (!(await loadAssessment(id))) notFound();
  return {
    title: REPORT_TITLE,
    description: REPORT_DESCRIPTION,
    robots: { index: false, follow: false },
    openGraph: { type: "article", siteName: "Coder Fit", title: REPORT_TITLE, description: REPORT_DESCRIPTION },
    twitter: { card: "summary_large_image", title: REPORT_TITLE, description: REPORT_DESCRIPTION },
  };
}

export default async function ReportPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const stored = await loadAssessment(id);
  if (!stored) notFound();
  const outcome = readShareStatus((await searchParams).share);
  const { result } = stored;
  const profile = profiles[stored.profileId] ?? medicalCoderProfile;
  const view = buildReportView(result, profile);
  const takenOn = { text: formatTakenDate(stored.createdAt, result.market), iso: isoDate(stored.createdAt, result.market) };

  // What this device lists for the result if an owner link is opened on it.
  const entry = {
    id: stored.id,
    createdAt: stored.createdAt.toISOString(),
    overall: result.overall,
    band: result.band.id,
    bandLabel: result.band.label,
  };

  // Owner controls (sharing, retake, delete) render in the browser only, on the device that holds
  // the result's owner key: the report link alone reads.
  return (
    <ReportOwnerProvider id={stored.id} entry={entry}>
      <article aria-labelledby="report-title" data-report className="report">
        <OwnerNotices />
        {outcome ? <ShareOutcomeBanner outcome={outcome} /> : null}
        <ReportSummary summary={view.summary} title={REPORT_TITLE} marketName={view.marketName} takenOn={takenOn} />
        <WhyThisScore components={view.components} receipt={view.receipt} />
        <WhatIfEntry answers={stored.answers} id={stored.id} />
        <FitSignals signals={view.signals} />
        <SkillsGap rows={view.skills} />
        <NextSteps next={view.nextSteps} />
        <ReportSharing assessmentId={stored.id} outcome={outcome} market={result.market} />
        <ReportFooter id={stored.id} takenOn={takenOn} versions={view.versions} />
      </article>
    </ReportOwnerProvider>
  );
}
