import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** The same answer for a mistyped, unknown, deleted or another counsellor's cohort: nothing about it is told. */
export default function CohortNotFound() {
  const t = useTranslations("cohorts.notFound");
  return (
    <NotFoundPanel
      title={`${t("title")} · Coder Fit`}
      eyebrow={t("eyebrow")}
      heading={t("heading")}
      actions={
        <ButtonLink href="/counsellor/cohorts">
          <Icon name="arrowLeft" className="size-5 shrink-0" />
          {t("backToCohorts")}
        </ButtonLink>
      }
    >
      <p>{t("text")}</p>
    </NotFoundPanel>
  );
}
