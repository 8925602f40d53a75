import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { getEnv } from "@/lib/env";
import { getPathname } from "@/lib/i18n/navigation";
import { knownLocale } from "@/lib/i18n/routing";
import { PRIVACY_PATH } from "@/lib/privacy/notice";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = knownLocale(requested);
  const t = await getTranslations({ locale, namespace: "privacy.meta" });
  return {
    title: t("title"),
    description: t("description"),
    // The page in its own language: /privacy, /hi/privacy.
    alternates: { canonical: getPathname({ href: PRIVACY_PATH, locale }) },
  };
}

/** /privacy: what is kept, for how long, who sees it and how to act on it. No database read. */
export default function PrivacyPage() {
  const env = getEnv();
  return (
    <PrivacyNotice
      operator={{ name: env.PRIVACY_OPERATOR_NAME, contactEmail: env.PRIVACY_CONTACT_EMAIL, retentionDays: env.RETENTION_DAYS }}
    />
  );
}
