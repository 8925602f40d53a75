import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CompareView } from "@/components/results/compare-view";
import { PageBanner } from "@/components/ui/page-banner";
import { PageContainer } from "@/components/ui/page-container";
import { profileIn } from "@/lib/i18n/profiles";
import { knownLocale } from "@/lib/i18n/routing";
import { medicalCoderProfile } from "@/lib/profiles";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: knownLocale(locale), namespace: "results.compareMeta" });
  return {
    title: t("title"),
    description: t("description"),
    robots: { index: false, follow: false },
  };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function ComparePage({ searchParams }: PageProps) {
  const params = await searchParams;
  const a = one(params.a);
  const b = one(params.b);
  const locale = await getLocale();
  const t = await getTranslations("results");
  // The not-ideal signals are named as the profile names its traits, in the page's language.
  const traitNames = Object.fromEntries(profileIn(medicalCoderProfile, locale).traits.map((trait) => [trait.id, trait.name]));
  return (
    <>
      <PageBanner eyebrow={t("eyebrow")} title={t("compareTitle")} lead={t("compareLead")} leadSize="sm" width="3xl" />
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-3xl">
          <CompareView key={`${a}:${b}`} a={a} b={b} traitNames={traitNames} />
        </div>
      </PageContainer>
    </>
  );
}
