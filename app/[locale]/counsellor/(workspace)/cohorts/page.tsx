import type { Metadata } from "next";
import { headers } from "next/headers";
import { CohortsManager } from "@/components/counsellor/cohorts-manager";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { cohortJson } from "@/lib/cohorts/json";
import { listCohorts } from "@/lib/cohorts/service";

export const metadata: Metadata = {
  title: "Cohorts",
};

export default async function CohortsPage() {
  const counsellor = await requireCounsellor("/counsellor/cohorts");
  // cohortJson builds the invite link from the request's host, as the API does; a page has the
  // same headers, so the link shown here and the one the API returns are the same.
  const request = new Request("http://localhost/counsellor/cohorts", { headers: new Headers(await headers()) });
  const cohorts = (await listCohorts(counsellor.id)).map((cohort) => cohortJson(request, cohort));

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <div className="mx-auto max-w-4xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Counsellor workspace</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              Cohorts
            </h1>
            <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">
              A cohort is one batch or class. Each has its own invite link and code, so the results students share with you
              arrive already sorted.
            </p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-4xl">
          <CohortsManager initialCohorts={cohorts} />
        </div>
      </PageContainer>
    </>
  );
}
