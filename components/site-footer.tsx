import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/page-container";
import { Link } from "@/lib/i18n/navigation";
import { PRIVACY_PATH } from "@/lib/privacy/notice";

const footerLink =
  "inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-slate-700 underline decoration-slate-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700";

export function SiteFooter() {
  const t = useTranslations("common.footer");
  return (
    <footer data-site-footer className="mt-auto border-t border-slate-200 bg-slate-50">
      <PageContainer className="py-10">
        <div className="flex flex-col gap-6 md:flex-row md:items-start md:justify-between md:gap-10">
          <div className="max-w-prose space-y-2 text-sm leading-relaxed text-slate-600">
            <p>{t("notATest")}</p>
            <p>{t("anonymous")}</p>
          </div>
          <nav aria-label={t("nav")} className="print-hidden -mx-2 md:mx-0">
            <ul className="flex flex-wrap gap-x-2 gap-y-0">
              <li>
                <Link href="/" className={footerLink}>
                  {t("home")}
                </Link>
              </li>
              <li>
                <Link href="/assessment" className={footerLink}>
                  {t("takeAssessment")}
                </Link>
              </li>
              <li>
                <Link href="/join" className={footerLink}>
                  {t("join")}
                </Link>
              </li>
              <li>
                <Link href="/counsellor" className={footerLink}>
                  {t("counsellors")}
                </Link>
              </li>
              <li>
                <Link href="/#intended-use" className={footerLink}>
                  {t("intendedUse")}
                </Link>
              </li>
              <li>
                <Link href={PRIVACY_PATH} className={footerLink}>
                  {t("privacy")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <p className="mt-8 border-t border-slate-200 pt-6 text-sm text-slate-600">{t("copyright")}</p>
      </PageContainer>
    </footer>
  );
}
