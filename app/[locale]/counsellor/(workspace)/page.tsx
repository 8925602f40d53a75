import type { Metadata } from "next";
import { ResultsDashboard } from "@/components/counsellor/results-dashboard";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { listCohorts } from "@/lib/cohorts/service";
import { readResultView, viewToSearch } from "@/lib/counsellor/filters";
import { listResults } from "@/lib/shares/counsellor";

export const metadata: Metadata = {
  title: "Results",
};

type DashboardPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CounsellorDashboardPage({ searchParams }: DashboardPageProps) {
  const view = readResultView(await searchParams);
  const search = viewToSearch(view);
  const counsellor = await requireCounsellor(`/counsellor${search}`);
  // The first page comes with the HTML, so a phone on a slow connection sees results at once.
  const [page, cohorts] = await Promise.all([listResults(counsellor.id, view), listCohorts(counsellor.id)]);

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Counsellor workspace</p>
          <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            Your students&apos; results
          </h1>
          <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">
            Every result a student has chosen to share with one of your cohorts. Filter and sort to find who needs a
            conversation; open a result for the full report and your notes.
          </p>
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
