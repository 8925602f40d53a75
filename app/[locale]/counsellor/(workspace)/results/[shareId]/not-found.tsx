import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** The same answer for a mistyped, unknown, foreign or withdrawn result: nothing about it is told. */
export default function CounsellorResultNotFound() {
  const t = useTranslations("counsellor");
  return (
    <PageContainer className="py-16 sm:py-24">
      {/* A not-found page takes no generateMetadata: React puts this title in the head, as the workspace's template would. */}
      <title>{t("meta.titleTemplate").replace("%s", t("meta.resultNotFound"))}</title>
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("notFound.eyebrow")}</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{t("notFound.heading")}</h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-slate-700">
          <p>{t("notFound.mistyped")}</p>
          <p>{t("notFound.stopped")}</p>
        </div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/counsellor">
            <Icon name="arrowLeft" className="size-5 shrink-0" />
            {t("notFound.back")}
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
