import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackgroundsListing } from "@/components/backgrounds/backgrounds-listing";
import { ComparePicker } from "@/components/backgrounds/compare-picker";
import { CompareView } from "@/components/backgrounds/compare-view";
import { OtherDegrees } from "@/components/backgrounds/other-degrees";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";
import { buildBackgroundRows, buildOtherDegrees, parseCompare, parseSort, sortRows } from "@/lib/backgrounds";
import { profileIn } from "@/lib/i18n/profiles";
import { knownLocale } from "@/lib/i18n/routing";
import { medicalCoderProfile } from "@/lib/profiles";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: knownLocale(locale), namespace: "backgrounds.meta" });
  return { title: t("title"), description: t("description") };
}

export default async function BackgroundsPage({ searchParams }: PageProps) {
  const query = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("backgrounds");
  // Degree names, reasons, skills and learning steps in the page's language.
  const profile = profileIn(medicalCoderProfile, locale);
  const rows = buildBackgroundRows(profile, t);
  const sort = parseSort(query.sort);
  const compare = parseCompare(
    query.compare,
    rows.map((row) => row.id),
  );
  const compared = compare.map((id) => rows.find((row) => row.id === id)!);
  const totalSteps = profile.learningPath.length;

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-10 sm:py-14">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow", { career: profile.title })}</p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{t("title")}</h1>
          <p className="mt-4 max-w-[65ch] text-base leading-relaxed text-pretty text-slate-700 sm:text-lg">{t("lead", { steps: totalSteps })}</p>
        </PageContainer>
      </div>

      <Section id="all" title={t("all.title", { count: rows.length })} intro={t("all.intro")}>
        <BackgroundsListing rows={sortRows(rows, sort, locale)} sort={sort} compare={compare} totalSteps={totalSteps} />
      </Section>

      <Section id="compare" title={t("compare.title")} intro={t("compare.intro")}>
        <ComparePicker key={compare.join(",")} options={rows.map(({ id, degree }) => ({ id, degree }))} selected={compare} sort={sort} />
        {compared.length >= 2 ? <CompareView rows={compared} totalSteps={totalSteps} /> : null}
        {compared.length === 1 ? <p className="mt-6 text-slate-700">{t("compare.chooseMore", { degree: compared[0]!.degree })}</p> : null}
      </Section>

      <Section id="other-degrees" title={t("otherDegrees.title")} intro={t("otherDegrees.intro")}>
        <OtherDegrees degrees={buildOtherDegrees(profile)} />
        <div className="mt-10 flex flex-wrap gap-3">
          <ButtonLink href="/assessment">{t("takeAssessment")}</ButtonLink>
        </div>
      </Section>
    </>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="border-t border-slate-200 py-10 first-of-type:border-t-0 sm:py-14">
      <PageContainer>
        <div className="max-w-[68ch]">
          <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl">
            {title}
          </h2>
          <p className="mt-2 leading-relaxed text-pretty text-slate-700">{intro}</p>
        </div>
        {children}
      </PageContainer>
    </section>
  );
}
