import Link from "next/link";
import { LogoMark } from "@/components/ui/logo-mark";
import { PageContainer } from "@/components/ui/page-container";
import { quizWords } from "@/lib/quiz/quiz-words";
import { SiteHeaderNav } from "./site-header-nav";
import { SiteHeaderStartLink } from "./site-header-start-link";
import { headerWords } from "./site-header-words";

const navLinkBase = "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold transition-colors sm:px-4 sm:text-[0.9375rem]";
const navLink = `${navLinkBase} text-slate-700 hover:bg-brand-50 hover:text-brand-800`;
const navCta = `${navLinkBase} bg-brand-600 text-white hover:bg-brand-700`;
const navQuiet = `${navLinkBase} text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-brand-50 hover:text-brand-800`;

/** On the quiz: a single way out. Progress stays on the device, so leaving loses nothing. */
const quizNav = (
  <nav aria-label="Main" className="print-hidden">
    <Link href="/" className={navQuiet}>
      {quizWords.exit}
    </Link>
  </nav>
);

/** The site's links: in a row from 640 px, behind the "Menu" button on a phone. */
const links = (
  <>
    <li>
      <Link href="/#how-it-works" className={navLink}>
        {headerWords.howScoringWorks}
      </Link>
    </li>
    <li>
      <Link href="/backgrounds" className={navLink}>
        {headerWords.compareBackgrounds}
      </Link>
    </li>
    <li>
      <Link href="/results" className={navLink}>
        {headerWords.myResults}
      </Link>
    </li>
    <li>
      <SiteHeaderStartLink className={navCta} />
    </li>
  </>
);

export function SiteHeader() {
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
        <SiteHeaderNav onQuiz={quizNav} links={links} />
      </PageContainer>
    </header>
  );
}
