import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { CohortsManager } from "@/components/counsellor/cohorts-manager";
import { PageBanner } from "@/components/ui/page-banner";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { cohortJson } from "@/lib/cohorts/json";
import { listCohorts } from "@/lib/cohorts/service";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohorts.page");
  return { title: t("metaTitle") };
}

export default async function CohortsPage() {
  const counsellor = await requireCounsellor("/counsellor/cohorts");
  // cohortJson builds the invite link from the request's host, as the API does; a page has the
  // same headers, so the link shown here and the one the API returns are the same.
  const request = new Request("http://localhost/counsellor/cohorts", { headers: new Headers(await headers()) });
  const cohorts = (await listCohorts(counsellor.id)).map((cohort) => cohortJson(request, cohort));
  const t = await getTranslations("cohorts.page");

  return (
    <>
      <PageBanner eyebrow={t("eyebrow")} title={t("heading")} lead={t("lead")} width="4xl" />
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-4xl">
          <CohortsManager initialCohorts={cohorts} />
        </div>
      </PageContainer>
    </>
  );
}
