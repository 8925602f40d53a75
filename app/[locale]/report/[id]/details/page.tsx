import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FitSignals } from "@/components/report/fit-signals";
import { NextSteps } from "@/components/report/next-steps";
import { SkillsGap } from "@/components/report/skills-gap";
import { WhyThisScore } from "@/components/report/why-this-score";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { buildReportView } from "@/lib/report";
import { loadReport } from "../load";

/** Every request reads the stored result: a report can be deleted at any moment. */
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  if (!(await loadReport(id, await getLocale()))) notFound();
  const t = await getTranslations("report.meta");
  return { title: t("detailsTitle"), description: t("description"), robots: { index: false, follow: false } };
}

/**
 * The details view: every figure behind a report (the receipt, fit signals, skills against the
 * job, the whole plan). Read-only, like the report link; owner controls stay on the report.
 */
export default async function ReportDetailsPage({ params }: PageProps) {
  const { id } = await params;
  const report = await loadReport(id, await getLocale());
  if (!report) notFound();
  const { stored, result, profile, takenOn } = report;
  const t = await getTranslations("report");
  const view = buildReportView(result, profile, t);
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
            {t("details.back")}
          </Link>
          <h1 id="details-title" className="mt-2 text-2xl leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            {t("meta.detailsTitle")}
          </h1>
          <p className="mt-2 text-slate-800">
            <strong className="font-semibold">{t("answer.scoreLine", { overall: String(view.summary.overall), band: view.summary.band.label })}</strong>
            {" · "}
            {t.rich("takenOnLine", {
              date: takenOn.text,
              market: view.marketName,
              time: (chunks) => <time dateTime={takenOn.iso}>{chunks}</time>,
            })}
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
