import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <PageContainer className="py-16 sm:py-24">
      {/* A not-found page takes no generateMetadata: React puts this title in the head. */}
      <title>{`${t("title")} · Coder Fit`}</title>
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
          {t("heading")}
        </h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-slate-700">
          <p>{t("mistyped")}</p>
          <p>{t("deleted")}</p>
        </div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/assessment">{t("takeAssessment")}</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            {t("home")}
          </ButtonLink>
        </div>
        <p className="mt-6">
          <Link
            href="/#what-you-get"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
          >
            {t("whatYouGet")}
          </Link>
        </p>
      </div>
    </PageContainer>
  );
}
