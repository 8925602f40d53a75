import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { NotFoundPanel } from "@/components/ui/not-found-panel";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <NotFoundPanel
      title={`${t("title")} · Coder Fit`}
      eyebrow={t("eyebrow")}
      heading={t("heading")}
      actions={
        <>
          <ButtonLink href="/assessment">{t("takeAssessment")}</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            {t("home")}
          </ButtonLink>
        </>
      }
      after={
        <p className="mt-6">
          <Link
            href="/#what-you-get"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
          >
            {t("whatYouGet")}
          </Link>
        </p>
      }
    >
      <p>{t("mistyped")}</p>
      <p>{t("deleted")}</p>
    </NotFoundPanel>
  );
}
