import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResultsDashboard } from "@/components/counsellor/results-dashboard";
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
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("workspace")}</p>
          <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            {t("dashboard.title")}
          </h1>
          <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">{t("dashboard.intro")}</p>
        </PageContainer>
      </div>
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
