import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AttemptChange } from "@/components/counsellor/attempt-change";
import { ResultAbout } from "@/components/counsellor/result-about";
import { ResultHeader } from "@/components/counsellor/result-header";
import { ResultPanel } from "@/components/counsellor/result-panel";
import { DownloadPdf } from "@/components/report/download-pdf";
import { FitSignals } from "@/components/report/fit-signals";
import { NextSteps } from "@/components/report/next-steps";
import { ReportSummary } from "@/components/report/report-summary";
import { SkillsGap } from "@/components/report/skills-gap";
import { WhyThisScore } from "@/components/report/why-this-score";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { comparisonIn } from "@/lib/counsellor/attempt-change";
import { profileIn } from "@/lib/i18n/profiles";
import { listNotes } from "@/lib/notes/service";
import { counsellorReportPdfPath } from "@/lib/pdf/paths";
import { medicalCoderProfile, profiles } from "@/lib/profiles";
import { buildReportView, formatTakenDate, isoDate } from "@/lib/report";
import { storedResultIn } from "@/lib/results/stored";
import { getSharedResult } from "@/lib/shares/counsellor";
import { TryWorkReportCard } from "@/components/try-work/report-card";
import { buildTryWorkSummary } from "@/lib/try-work/outcome";

// Nothing personal in the metadata: every shared result has the same title.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("counsellor.meta");
  return { title: t("studentResult"), robots: { index: false, follow: false } };
}

/** Every request reads the share: a student can stop sharing at any moment. */
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ shareId: string }> };

export default async function CounsellorResultPage({ params }: PageProps) {
  const { shareId } = await params;
  const counsellor = await requireCounsellor(`/counsellor/results/${encodeURIComponent(shareId)}`);
  // A foreign, unknown or withdrawn id reads as "not found" alike, so nothing leaks about it.
  const [shared, notes] = await Promise.all([getSharedResult(counsellor.id, shareId), listNotes(counsellor.id, shareId)]);
  if (!shared || !notes) notFound();

  // The report in the page's language: the stored answers worded again in it when they can be
  // (storedResultIn), the profile's own words from its translation.
  const locale = await getLocale();
  const [t, tReport, tNotesPdf] = await Promise.all([
    getTranslations("counsellor.result"),
    getTranslations("report"),
    getTranslations("pdf.notes.download"),
  ]);
  const stored = profiles[shared.profileId] ?? medicalCoderProfile;
  const profile = profileIn(stored, locale);
  const worded = storedResultIn(stored, { answers: shared.answers, result: shared.result }, locale);
  const { result } = worded;
  const view = buildReportView(result, profile, tReport);
  const bandNames = Object.fromEntries(profile.scoring.bands.map((band) => [band.id, band.label]));
  const day = (date: Date) => ({ text: formatTakenDate(date, result.market, locale), iso: isoDate(date, result.market) });
  const takenOn = day(shared.takenAt);
  const sharedOn = day(shared.consentedAt);

  return (
    <>
      <ResultHeader
        displayName={shared.displayName}
        email={shared.email}
        cohort={shared.cohort}
        takenOn={takenOn}
        sharedOn={sharedOn}
        guardianName={shared.guardianName}
      />
      <ResultPanel
        shareId={shared.id}
        reviewedAt={shared.reviewedAt?.toISOString() ?? null}
        notes={notes}
        attempts={{
          currentId: shared.id,
          attempts: shared.attempts,
          cohortName: shared.cohort.name,
          market: result.market,
          bandNames,
        }}
      />
      {/* A retake: what moved since the attempt before this one, as the student's own compare page shows it. */}
      {shared.change ? (
        <AttemptChange
          previous={{
            number: shared.attempts.length - shared.attempts.findIndex((attempt) => attempt.id === shared.change!.previous.id),
            takenAt: shared.change.previous.takenAt,
          }}
          takenAt={shared.takenAt}
          comparison={worded.locale === "en" ? shared.change.comparison : comparisonIn(shared.change.comparison, profile, result)}
          market={result.market}
          bandNames={bandNames}
        />
      ) : null}
      {/* The summary's retake link is the student's own action; hidden here until the summary can leave it out. */}
      <article aria-labelledby="report-title" data-report className="report">
        <div className="bg-brand-50">
          <PageContainer className="pt-6 sm:pt-8 print:pb-4">
            <p className="flex items-start gap-2.5 rounded-xl border border-brand-200 bg-white px-4 py-3 leading-relaxed text-pretty text-slate-800">
              <Icon name="info" className="mt-0.5 size-5 shrink-0 text-brand-700" />
              <span>{t("readAs", { name: shared.displayName })}</span>
            </p>
            {/* The same PDF the student can download from their report; the counsellor's notes only when they tick the box. */}
            <DownloadPdf
              href={counsellorReportPdfPath(shared.id)}
              icon={<Icon name="arrowDown" className="size-5" />}
              className="print-hidden mt-4"
              notesOption={{ label: tNotesPdf("label"), note: tNotesPdf("note") }}
            />
            {/* "Try the work", when the student did it: the same card their report shows. */}
            {shared.tryWork ? (
              <div className="mt-4">
                <TryWorkReportCard summary={buildTryWorkSummary(shared.tryWork)} />
              </div>
            ) : null}
          </PageContainer>
        </div>
        <ReportSummary
          summary={view.summary}
          title={t("reportTitle", { name: shared.displayName })}
          marketName={view.marketName}
          takenOn={takenOn}
          showRetake={false}
          titleAs="h2"
        />
        <WhyThisScore components={view.components} receipt={view.receipt} />
        <FitSignals signals={view.signals} />
        <SkillsGap rows={view.skills} />
        <NextSteps next={view.nextSteps} />
        <ResultAbout takenOn={takenOn} sharedOn={sharedOn} versions={view.versions} />
      </article>
    </>
  );
}
