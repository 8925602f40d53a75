import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { OfflineActions } from "@/components/offline/offline-actions";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { knownLocale } from "@/lib/i18n/routing";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: knownLocale(locale), namespace: "offline.meta" });
  return {
    title: t("title"),
    robots: { index: false, follow: false },
  };
}

/**
 * What the service worker shows, at the address the person asked for, when that page has no copy
 * on this device and the network does not answer. Precached with the built files.
 */
export default function OfflinePage() {
  const t = useTranslations("offline");
  return (
    <PageContainer className="py-12 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <span className="inline-flex size-12 items-center justify-center rounded-full bg-brand-100 text-brand-800">
          <Icon name="offline" className="size-6" />
        </span>
        <p className="mt-5 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{t("title")}</h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-pretty text-slate-700">
          <p>{t("lead")}</p>
          <p>{t("answersSafe")}</p>
        </div>
        <OfflineActions />
      </div>
    </PageContainer>
  );
}
