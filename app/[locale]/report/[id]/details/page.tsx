import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { FitSignals } from "@/components/report/fit-signals";
import { NextSteps } from "@/components/report/next-steps";
import { SkillsGap } from "@/components/report/skills-gap";
import { WhyThisScore } from "@/components/report/why-this-score";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { buildReportView, REPORT_DESCRIPTION } from "@/lib/report";
import { answerWords, detailWords } from "@/lib/report/answer-words";
import { loadReport } from "../load";

/** Every request reads the stored result: a report can be deleted at any moment. */
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  if (!(await loadReport(id))) notFound();
  return { title: detailWords.pageTitle, description: REPORT_DESCRIPTION, robots: { index: false, follow: false } };
}

/**
 * The details view: every figure behind a report (the receipt, fit signals, skills against the
 * job, the whole plan). Read-only, like the report link; owner controls stay on the report.
 */
export default async function ReportDetailsPage({ params }: PageProps) {
  const { id } = await params;
  const report = await loadReport(id);
  if (!report) notFound();
  const { stored, profile, takenOn } = report;
  const view = buildReportView(stored.result, profile);
  const reportHref = `/report/${stored.id}`;
  return (
    <article aria-labelledby="details-title" data-report data-report-details className="report">
      <header className="bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <Link
            href={reportHref}
            className="print-hidden inline-flex min-h-11 items-center gap-2 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800"
          >
            <Icon name="arrowLeft" className="size-5" />
            {detailWords.back}
          </Link>
          <h1 id="details-title" className="mt-2 text-2xl leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            {detailWords.pageTitle}
          </h1>
          <p className="mt-2 text-slate-800">
            <strong className="font-semibold">{answerWords.scoreLine(view.summary.overall, view.summary.band.label)}</strong> · Taken on{" "}
            <time dateTime={takenOn.iso}>{takenOn.text}</time> · {view.marketName}
          </p>
        </PageContainer>
      </header>
      <WhyThisScore components={view.components} receipt={view.receipt} />
      <FitSignals signals={view.signals} />
      <SkillsGap rows={view.skills} />
      <NextSteps next={view.nextSteps} />
    </article>
  );
}
