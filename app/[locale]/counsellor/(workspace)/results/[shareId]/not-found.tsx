import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** The same answer for a mistyped, unknown, foreign or withdrawn result: nothing about it is told. */
export default function CounsellorResultNotFound() {
  const t = useTranslations("counsellor");
  return (
    <NotFoundPanel
      // As the workspace's title template would write it.
      title={t("meta.titleTemplate").replace("%s", t("meta.resultNotFound"))}
      eyebrow={t("notFound.eyebrow")}
      heading={t("notFound.heading")}
      actions={
        <ButtonLink href="/counsellor">
          <Icon name="arrowLeft" className="size-5 shrink-0" />
          {t("notFound.back")}
        </ButtonLink>
      }
    >
      <p>{t("notFound.mistyped")}</p>
      <p>{t("notFound.stopped")}</p>
    </NotFoundPanel>
  );
}
