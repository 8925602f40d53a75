import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResultsDashboard } from "@/components/counsellor/results-dashboard";
import { PageBanner } from "@/components/ui/page-banner";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { listCohorts } from "@/lib/cohorts/service";
import { readResultView, viewToSearch } from "@/lib/counsellor/filters";
import { listResults } from "@/lib/shares/counsellor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("counsellor.meta");
  return { title: t("results") };
}

type DashboardPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CounsellorDashboardPage({ searchParams }: DashboardPageProps) {
  const view = readResultView(await searchParams);
  const search = viewToSearch(view);
  const counsellor = await requireCounsellor(`/counsellor${search}`);
  // The first page comes with the HTML, so a phone on a slow connection sees results at once.
  const [page, cohorts] = await Promise.all([listResults(counsellor.id, view), listCohorts(counsellor.id)]);
  const t = await getTranslations("counsellor");

  return (
    <>
      <PageBanner eyebrow={t("workspace")} title={t("dashboard.title")} lead={t("dashboard.intro")} />
      <PageContainer className="py-8 sm:py-10">
        <ResultsDashboard
          initialSearch={search}
          initialData={page}
          cohorts={cohorts.map((cohort) => ({ id: cohort.id, name: cohort.name }))}
          sharedCount={cohorts.reduce((sum, cohort) => sum + cohort.resultCount, 0)}
        />
      </PageContainer>
    </>
  );
}
