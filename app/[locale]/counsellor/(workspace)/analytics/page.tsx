import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnalyticsDashboard } from "@/components/counsellor/analytics-dashboard";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { listCohorts } from "@/lib/cohorts/service";
import { filtersOf, readResultView, viewToSearch } from "@/lib/counsellor/filters";
import { cohortAnalytics } from "@/lib/shares/counsellor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("counsellor.meta");
  return { title: t("analytics") };
}

type AnalyticsPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CounsellorAnalyticsPage({ searchParams }: AnalyticsPageProps) {
  // Only the filters matter here; sort and page belong to the table.
  const filters = filtersOf(readResultView(await searchParams));
  const search = viewToSearch(filters);
  const counsellor = await requireCounsellor(`/counsellor/analytics${search}`);
  const [analytics, cohorts] = await Promise.all([cohortAnalytics(counsellor.id, filters), listCohorts(counsellor.id)]);
  const t = await getTranslations("counsellor");

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("workspace")}</p>
          <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            {t("analyticsPage.title")}
          </h1>
          <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">{t("analyticsPage.intro")}</p>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-10">
        <AnalyticsDashboard
          initialSearch={search}
          initialData={analytics}
          cohorts={cohorts.map((cohort) => ({ id: cohort.id, name: cohort.name }))}
          sharedCount={cohorts.reduce((sum, cohort) => sum + cohort.resultCount, 0)}
        />
      </PageContainer>
    </>
  );
}
