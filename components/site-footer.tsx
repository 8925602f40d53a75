import Link from "next/link";
import { PageContainer } from "@/components/ui/page-container";
import { PRIVACY_PATH, privacyWords } from "@/lib/privacy/words";

const footerLink =
  "inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-slate-700 underline decoration-slate-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700";

export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-auto border-t border-slate-200 bg-slate-50">
      <PageContainer className="py-10">
        <div className="flex flex-col gap-6 md:flex-row md:items-start md:justify-between md:gap-10">
          <div className="max-w-prose space-y-2 text-sm leading-relaxed text-slate-600">
            <p>
              Coder Fit is a career-exploration tool. It is not a hiring, admissions or certification test.
            </p>
            <p>Anonymous by default: no account needed; results are shared only when you choose.</p>
          </div>
          <nav aria-label="Footer" className="print-hidden -mx-2 md:mx-0">
            <ul className="flex flex-wrap gap-x-2 gap-y-0">
              <li>
                <Link href="/" className={footerLink}>
                  Home
                </Link>
              </li>
              <li>
                <Link href="/assessment" className={footerLink}>
                  Take the assessment
                </Link>
              </li>
              <li>
                <Link href="/join" className={footerLink}>
                  Join with a cohort code
                </Link>
              </li>
              <li>
                <Link href="/counsellor" className={footerLink}>
                  For counsellors
                </Link>
              </li>
              <li>
                <Link href="/#intended-use" className={footerLink}>
                  Intended use
                </Link>
              </li>
              <li>
                <Link href={PRIVACY_PATH} className={footerLink}>
                  {privacyWords.links.footer}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <p className="mt-8 border-t border-slate-200 pt-6 text-sm text-slate-600">© Coder Fit</p>
      </PageContainer>
    </footer>
  );
}
