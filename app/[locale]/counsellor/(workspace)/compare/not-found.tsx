import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** One result of the comparison is missing, foreign or withdrawn: the same words whichever it is, and whose is never said. */
export default function CounsellorCompareNotFound() {
  const t = useTranslations("counsellor");
  return (
    <PageContainer className="py-16 sm:py-24">
      {/* A not-found page takes no generateMetadata: React puts this title in the head, as the workspace's template would. */}
      <title>{t("meta.titleTemplate").replace("%s", t("compare.page.title"))}</title>
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("compare.notFoundEyebrow")}</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{t("compare.notAvailable")}</h1>
        <p className="mt-5 text-lg leading-relaxed text-slate-700">{t("compare.notAvailableWhy")}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/counsellor">
            <Icon name="arrowLeft" className="size-5 shrink-0" />
            {t("compare.page.back")}
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
