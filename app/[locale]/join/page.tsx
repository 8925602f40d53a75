import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { JoinCodeForm } from "@/components/share/join-code-form";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join.code");
  return { title: t("metaTitle"), description: t("metaDescription"), robots: { index: false, follow: false } };
}

export default function JoinPage() {
  const t = useTranslations("join.code");
  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-8 sm:py-12">
          <div className="mx-auto max-w-2xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              {t("heading")}
            </h1>
            <p className="mt-3 max-w-[60ch] leading-relaxed text-pretty text-slate-700">{t("lead")}</p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto grid max-w-2xl gap-5">
          <JoinCodeForm />
          <section aria-labelledby="existing-heading" className="rounded-2xl border border-slate-200 bg-slate-50 p-5 sm:p-7">
            <h2 id="existing-heading" className="text-xl font-semibold tracking-tight text-slate-900">
              {t("existingHeading")}
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">{t("existingText")}</p>
            <p className="mt-3">
              <Link
                href="/results"
                className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
              >
                {t("openResults")}
                <Icon name="arrowRight" className="size-4.5" />
              </Link>
            </p>
          </section>
        </div>
      </PageContainer>
    </>
  );
}
