import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { LogoMark } from "@/components/ui/logo-mark";
import { PageContainer } from "@/components/ui/page-container";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { SiteHeaderNav } from "./site-header-nav";
import { SiteHeaderStartLink } from "./site-header-start-link";

const navLinkBase = "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold transition-colors sm:px-4 sm:text-[0.9375rem]";
const navLink = `${navLinkBase} text-slate-700 hover:bg-brand-50 hover:text-brand-800`;
const navCta = `${navLinkBase} bg-brand-600 text-white hover:bg-brand-700`;
const navLang = `${navLinkBase} text-brand-800 underline decoration-brand-300 underline-offset-4 hover:bg-brand-50 hover:decoration-brand-700`;
const navQuiet = `${navLinkBase} text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-brand-50 hover:text-brand-800`;

export function SiteHeader() {
  const t = useTranslations("common.header");
  const startLabel = t("takeAssessment");

  /** On the quiz: a single way out. Progress stays on the device, so leaving loses nothing. */
  const quizNav = (
    <nav aria-label={t("mainNav")} className="print-hidden">
      <Link href="/" className={navQuiet}>
        {t("exitQuiz")}
      </Link>
    </nav>
  );

  /** The site's links: in a row from 640 px, behind the "Menu" button on a phone. */
  const links = (
    <>
      <li>
        <Link href="/#how-it-works" className={navLink}>
          {t("howScoringWorks")}
        </Link>
      </li>
      <li>
        <Link href="/backgrounds" className={navLink}>
          {t("compareBackgrounds")}
        </Link>
      </li>
      <li>
        <Link href="/results" className={navLink}>
          {t("myResults")}
        </Link>
      </li>
      <li>
        <SiteHeaderStartLink className={navCta} label={startLabel} />
      </li>
    </>
  );

  return (
    <header data-site-header className="border-b border-slate-200 bg-white">
      <PageContainer className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 py-2 sm:py-3">
        <Link
          href="/"
          className="-ml-1 inline-flex min-h-11 items-center gap-2.5 rounded-lg px-1 text-lg font-bold tracking-tight text-slate-900"
        >
          <LogoMark className="size-8 shrink-0" />
          Coder Fit
        </Link>
        <div className="flex items-center gap-1 sm:gap-2">
          {/* The switch reads the page's query, so it renders on the client inside its own boundary. */}
          <Suspense fallback={null}>
            <div className="print-hidden">
              <LanguageSwitch className={navLang} />
            </div>
          </Suspense>
          <SiteHeaderNav onQuiz={quizNav} links={links} menuLabel={t("menu")} mainLabel={t("mainNav")} />
        </div>
      </PageContainer>
    </header>
  );
}
