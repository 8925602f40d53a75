import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import { ServiceWorkerRegistration } from "@/components/offline/service-worker-registration";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  title: {
    default: "Coder Fit: is medical coding the right career for you?",
    template: "%s · Coder Fit",
  },
  description:
    "An anonymous career-fit assessment for would-be medical coders. Compare your education, skills and temperament with the real work, and get a personalised report with next steps.",
  applicationName: "Coder Fit",
  // Installed on a phone's home screen (app/manifest.ts): the name under the icon on iOS, whose
  // icon is app/apple-icon.png.
  appleWebApp: { capable: true, title: "Coder Fit", statusBarStyle: "default" },
  openGraph: {
    type: "website",
    siteName: "Coder Fit",
    title: "Coder Fit: is medical coding the right career for you?",
    description:
      "Compare your education, skills and temperament with what medical coders actually do, and get a personalised fit report with next steps.",
  },
};

export const viewport: Viewport = {
  themeColor: "#0f766e",
  width: "device-width",
  initialScale: 1,
};

export type RootLayoutProps = {
  children: ReactNode;
};

export default async function RootLayout({ children }: RootLayoutProps) {
  // Every page renders per request, so Next.js can put this response's CSP nonce (proxy.ts) on
  // its scripts: a page prerendered at build time would carry scripts the policy blocks.
  await connection();
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="flex min-h-dvh flex-col font-sans">
        <SkipLink />
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
