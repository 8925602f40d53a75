import Link from "next/link";
import { PageContainer } from "@/components/ui/page-container";

export type LogoMarkProps = {
  className?: string;
};

/** The Coder Fit mark: a rounded square holding a check inside code brackets. Decorative. */
export function LogoMark({ className }: LogoMarkProps) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#0f766e" />
      <path
        d="M11 10.5 6.5 16l4.5 5.5M21 10.5l4.5 5.5-4.5 5.5"
        fill="none"
        stroke="#d9f1ec"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="m12.8 16.3 2.4 2.4 4.2-5" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const navLinkBase = "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold transition-colors sm:px-4 sm:text-[0.9375rem]";
const navLink = `${navLinkBase} text-slate-700 hover:bg-brand-50 hover:text-brand-800`;
const navCta = `${navLinkBase} bg-brand-600 text-white hover:bg-brand-700`;

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
        <nav aria-label="Main" className="print-hidden -mx-3 sm:mx-0">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
            <li>
              <Link href="/#how-it-works" className={navLink}>
                How scoring works
              </Link>
            </li>
            <li>
              <Link href="/backgrounds" className={navLink}>
                Compare backgrounds
              </Link>
            </li>
            <li>
              <Link href="/results" className={navLink}>
                My results
              </Link>
            </li>
            <li>
              <Link href="/assessment" className={navCta}>
                Take the assessment
              </Link>
            </li>
          </ul>
        </nav>
      </PageContainer>
    </header>
  );
}
