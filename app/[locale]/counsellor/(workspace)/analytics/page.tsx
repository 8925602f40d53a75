import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnalyticsDashboard } from "@/components/counsellor/analytics-dashboard";
import { PageBanner } from "@/components/ui/page-banner";
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
      <PageBanner eyebrow={t("workspace")} title={t("analyticsPage.title")} lead={t("analyticsPage.intro")} />
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
