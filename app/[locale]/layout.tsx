import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import { ServiceWorkerRegistration } from "@/components/offline/service-worker-registration";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { clientMessages } from "@/lib/i18n/client-words";
import { devanagari, languageNames } from "@/lib/i18n/fonts";
import { knownLocale, routing } from "@/lib/i18n/routing";
import "../globals.css";

type LocaleParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: knownLocale(locale), namespace: "common.meta" });
  return {
    metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
    title: { default: t("title"), template: "%s · Coder Fit" },
    description: t("description"),
    applicationName: "Coder Fit",
    // Installed on a phone's home screen (app/manifest.ts): the name under the icon on iOS, whose
    // icon is app/apple-icon.png.
    appleWebApp: { capable: true, title: "Coder Fit", statusBarStyle: "default" },
    openGraph: { type: "website", siteName: "Coder Fit", title: t("title"), description: t("ogDescription") },
  };
}

export const viewport: Viewport = {
  themeColor: "#0f766e",
  width: "device-width",
  initialScale: 1,
};

export type LocaleLayoutProps = LocaleParams & { children: ReactNode };

/**
 * The root of every page, in the address's language: `<html lang>`, the messages for client
 * components, and the Devanagari font's class on Hindi pages only (English pages never load it).
 */
export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Every page renders per request, so Next.js can put this response's CSP nonce (proxy.ts) on
  // its scripts: a page prerendered at build time would carry scripts the policy blocks.
  await connection();
  // The words client components read anywhere; sections add their own (lib/i18n/client-words.ts).
  const messages = clientMessages(await getMessages());
  const fonts = `${GeistSans.variable} ${languageNames.variable}${locale === "hi" ? ` ${devanagari.variable}` : ""}`;
  return (
    <html lang={locale} className={fonts}>
      <body className="flex min-h-dvh flex-col font-sans">
        <NextIntlClientProvider messages={messages}>
          <SkipLink />
          <SiteHeader />
          <main id="main-content" tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter />
          <ServiceWorkerRegistration />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
