import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** The same answer for a mistyped, unknown, deleted or another counsellor's cohort: nothing about it is told. */
export default function CohortNotFound() {
  const t = useTranslations("cohorts.notFound");
  return (
    <PageContainer className="py-16 sm:py-24">
      {/* A not-found page takes no generateMetadata: React puts this title in the head. */}
      <title>{`${t("title")} · Coder Fit`}</title>
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{t("heading")}</h1>
        <p className="mt-5 text-lg leading-relaxed text-slate-700">{t("text")}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/counsellor/cohorts">
            <Icon name="arrowLeft" className="size-5 shrink-0" />
            {t("backToCohorts")}
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
