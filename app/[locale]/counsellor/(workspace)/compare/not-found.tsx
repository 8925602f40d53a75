import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** One result of the comparison is missing, foreign or withdrawn: the same words whichever it is, and whose is never said. */
export default function CounsellorCompareNotFound() {
  const t = useTranslations("counsellor");
  return (
    <NotFoundPanel
      // As the workspace's title template would write it.
      title={t("meta.titleTemplate").replace("%s", t("compare.page.title"))}
      eyebrow={t("compare.notFoundEyebrow")}
      heading={t("compare.notAvailable")}
      actions={
        <ButtonLink href="/counsellor">
          <Icon name="arrowLeft" className="size-5 shrink-0" />
          {t("compare.page.back")}
        </ButtonLink>
      }
    >
      <p>{t("compare.notAvailableWhy")}</p>
    </NotFoundPanel>
  );
}
