import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { PRIVACY_PATH } from "@/lib/privacy/notice";

/**
 * The privacy page, linked beside a share consent box, in the page's language. It opens in a new
 * tab so a half-filled quiz or share form stays as it is.
 */
export function PrivacyLink({ className }: { className?: string }) {
  const t = useTranslations("privacy.links");
  return (
    <p className={["text-sm leading-relaxed", className].filter(Boolean).join(" ")}>
      <Link
        href={PRIVACY_PATH}
        target="_blank"
        rel="noopener"
        className="inline-flex min-h-11 items-center font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
        data-privacy-link
      >
        {t("consent")}
        <span className="sr-only"> {t("newTab")}</span>
      </Link>
    </p>
  );
}
