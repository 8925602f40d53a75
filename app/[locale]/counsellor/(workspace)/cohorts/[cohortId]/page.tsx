import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { RosterManager } from "@/components/counsellor/roster-manager";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { rosterJson } from "@/lib/roster/json";
import { getRoster } from "@/lib/roster/service";

// The cohort's name stays out of the title, as on the other cohort pages.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohorts.roster");
  return { title: t("metaTitle") };
}

/** Statuses change as students start and share: read on every request. */
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ cohortId: string }> };

const linkClass =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg text-sm font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700";

export default async function CohortRosterPage({ params }: PageProps) {
  const { cohortId } = await params;
  const counsellor = await requireCounsellor(`/counsellor/cohorts/${encodeURIComponent(cohortId)}`);
  // Scoped by counsellor: another counsellor's cohort reads as not found, like an unknown id.
  const roster = await getRoster(counsellor.id, cohortId);
  if (!roster) notFound();
  const t = await getTranslations("cohorts.roster");
  // The fit bands' names in the page's language, for the scores on the roster.
  const bands = profileIn(medicalCoderProfile, await getLocale()).scoring.bands;
  const bandLabels = Object.fromEntries(bands.map((band) => [band.id, band.label]));

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <div className="mx-auto max-w-4xl">
            <Link href="/counsellor/cohorts" className={`${linkClass} -ml-1 px-1`}>
              <Icon name="arrowLeft" className="size-4 shrink-0" />
              {t("backToCohorts")}
            </Link>
            <p className="mt-3 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance break-words text-slate-900 sm:text-4xl">
              {t("heading", { name: roster.cohortName })}
            </h1>
            <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">{t("lead")}</p>
            <Link href={`/counsellor?cohort=${encodeURIComponent(roster.cohortId)}`} className={`${linkClass} mt-2`}>
              {t("seeResults")}
              <Icon name="arrowRight" className="size-4 shrink-0" />
            </Link>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-4xl">
          <RosterManager cohortId={roster.cohortId} initialRoster={rosterJson(roster)} bandLabels={bandLabels} />
        </div>
      </PageContainer>
    </>
  );
}
