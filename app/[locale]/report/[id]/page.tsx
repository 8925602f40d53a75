import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerBlock } from "@/components/report/answer-block";
import { DetailsLinks } from "@/components/report/details-links";
import { PlanSummarySection } from "@/components/report/plan-summary";
import { ReportFooter } from "@/components/report/report-footer";
import { ReportQuickActions } from "@/components/report/report-quick-actions";
import { WhySummarySection } from "@/components/report/why-summary";
import { ReportSharing } from "@/components/share/report-sharing";
import { ShareOutcomeBanner } from "@/components/share/share-outcome-banner";
import { WhatIfEntry } from "@/components/what-if/what-if-entry";
import { readShareStatus } from "@/lib/quiz/invite";
import { buildAnswer, buildPlanSummary, buildWhySummary, marketName } from "@/lib/report";
import { loadReport } from "./load";
import { ReportOwnerProvider } from "@/components/owner/owner-context";
import { OwnerNotices, ViewerNotice } from "@/components/owner/owner-notices";
import { tryWorkExercise } from "@/lib/try-work/exercise";
import { exerciseMinutes } from "@/lib/try-work/reading-time";

const TRY_WORK_MINUTES = exerciseMinutes(tryWorkExercise);

/** Every request reads the stored result: a report can be deleted at any moment. */
export const dynamic = "force-dynamic";

type PageProps = {
  params: Promise<{ id: string }>;
  /** ?share=shared|closed|not-found: set by the quiz when it asked to share with an invite's cohort. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  // Nothing personal in the metadata: the title and description are the same for every report,
  // and the share image (opengraph-image.tsx) names the band only. An unknown id gets the
  // not-found page's metadata.
  const { id } = await params;
  if (!(await loadReport(id, await getLocale()))) notFound();
  const t = await getTranslations("report.meta");
  const title = t("title");
  const description = t("description");
  return {
    title,
    description,
    robots: { index: false, follow: false },
    openGraph: { type: "article", siteName: "Coder Fit", title, description },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function ReportPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const report = await loadReport(id, await getLocale());
  if (!report) notFound();
  const { stored, result, profile, takenOn, entry } = report;
  const outcome = readShareStatus((await searchParams).share);
  const t = await getTranslations("report");

  // Answer first: the whole answer, then the short plan and why; every figure behind them is on
  // the details view (/report/[id]/details), so this page stays short and light on a phone.
  // Owner controls (sharing, retake, delete) render in the browser only, on the device that holds
  // the result's owner key: the report link alone reads.
  return (
    <ReportOwnerProvider id={stored.id} entry={entry}>
      <article aria-labelledby="report-title" data-report className="report">
        <OwnerNotices />
        {outcome ? <ShareOutcomeBanner outcome={outcome} /> : null}
        <AnswerBlock
          answer={buildAnswer(result, profile, t)}
          title={t("meta.title")}
          marketName={marketName(profile, result.market, t)}
          takenOn={takenOn}
          actions={<ReportQuickActions id={stored.id} bandLabel={result.band.label} careerTitle={profile.title} />}
        />
        <ViewerNotice />
        <PlanSummarySection plan={buildPlanSummary(result, profile, stored.tryWork, t)} tryWork={{ reportId: stored.id, minutes: TRY_WORK_MINUTES }} />
        <WhySummarySection why={buildWhySummary(result, profile, t)} />
        <DetailsLinks href={`/report/${stored.id}/details`} />
        <WhatIfEntry answers={stored.answers} id={stored.id} />
        <ReportSharing assessmentId={stored.id} outcome={outcome} market={result.market} />
        <ReportFooter id={stored.id} takenOn={takenOn} versions={{ profile: result.profileVersion, scoring: result.scoringVersion, questionnaire: result.questionnaireVersion }} />
      </article>
    </ReportOwnerProvider>
  );
}
