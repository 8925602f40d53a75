import type { Metadata } from "next";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { quizMinutes } from "@/lib/quiz/progress";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report.deleted");
  return { title: t("title"), description: t("description"), robots: { index: false, follow: false } };
}

export default function ReportDeletedPage() {
  const t = useTranslations("report.deleted");
  // The quiz's own estimate in this page's language (Hindi reads a little longer).
  const minutes = quizMinutes(profileIn(medicalCoderProfile, useLocale()).questionnaire, useTranslations("quiz"));
  return (
    <PageContainer className="py-16 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <span className="inline-flex size-12 items-center justify-center rounded-full bg-brand-100 text-brand-800">
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            className="size-6"
            aria-hidden="true"
            focusable="false"
          >
            <path d="m5 12.5 4.5 4.5L19 7.5" />
          </svg>
        </span>
        <h1 className="mt-5 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{t("title")}</h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-slate-700">
          <p>{t("removed")}</p>
          <p>{t("noRecovery")}</p>
          <p>{t("again", { minutes })}</p>
        </div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/assessment">{t("retake")}</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            {t("home")}
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
