import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ResultsList } from "@/components/results/results-list";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { profileIn } from "@/lib/i18n/profiles";
import { knownLocale } from "@/lib/i18n/routing";
import { medicalCoderProfile } from "@/lib/profiles";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: knownLocale(locale), namespace: "results.meta" });
  return {
    title: t("title"),
    description: t("description"),
    robots: { index: false, follow: false },
  };
}

export default async function ResultsPage() {
  const locale = await getLocale();
  const t = await getTranslations("results");
  // The list keeps each result's band name as it was worded when taken; another language shows
  // the band's name in that language instead (English keeps the stored one).
  const bandLabels =
    locale === "en" ? undefined : Object.fromEntries(profileIn(medicalCoderProfile, locale).scoring.bands.map((band) => [band.id, band.label]));
  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <div className="mx-auto max-w-3xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              {t("title")}
            </h1>
            <p className="mt-3 flex max-w-[60ch] items-start gap-2 text-sm leading-relaxed text-pretty text-slate-700 sm:text-base">
              <Icon name="device" className="mt-0.5 size-5 shrink-0 text-brand-700" />
              <span>{t("deviceOnly")}</span>
            </p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-3xl">
          <ResultsList bandLabels={bandLabels} />
        </div>
      </PageContainer>
    </>
  );
}
