import type { Metadata } from "next";
import { AnalyticsDashboard } from "@/components/counsellor/analytics-dashboard";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { listCohorts } from "@/lib/cohorts/service";
import { filtersOf, readResultView, viewToSearch } from "@/lib/counsellor/filters";
import { cohortAnalytics } from "@/lib/shares/counsellor";

export const metadata: Metadata = {
  title: "Analytics",
};

type AnalyticsPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CounsellorAnalyticsPage({ searchParams }: AnalyticsPageProps) {
  // Only the filters matter here; sort and page belong to the table.
  const filters = filtersOf(readResultView(await searchParams));
  const search = viewToSearch(filters);
  const counsellor = await requireCounsellor(`/counsellor/analytics${search}`);
  const [analytics, cohorts] = await Promise.all([cohortAnalytics(counsellor.id, filters), listCohorts(counsellor.id)]);

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Counsellor workspace</p>
          <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            Analytics
          </h1>
          <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">
            See where a batch stands: the spread of fit bands, average scores, and the skill gaps and not-ideal flags that come
            up most. Every figure counts the same results as the table for the same filters.
          </p>
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
