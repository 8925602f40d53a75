import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { CAREER_PATH } from "@/lib/career/paths";
import { Icon } from "@/components/ui/icon";
import { ReportSection } from "./parts";

/** The details view's parts, by their anchors there. */
const links = [
  { hash: "why", key: "why" },
  { hash: "signals", key: "signals" },
  { hash: "skills", key: "skills" },
  { hash: "next-steps", key: "nextSteps" },
] as const;

/** The way into every figure behind the report: the details view, one tap from the answer. */
export function DetailsLinks({ href }: { href: string }) {
  const t = useTranslations("report.details");
  return (
    <ReportSection id="details" eyebrow={t("eyebrow")} title={t("heading")} intro={<p>{t("intro")}</p>} compact className="print-hidden">
      <ul className="grid gap-3 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.hash}>
            <Link
              href={`${href}#${link.hash}`}
              className="group flex min-h-12 items-center gap-3 rounded-2xl border border-slate-200 bg-white px-4 py-3 hover:border-brand-300 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            >
              <span className="min-w-0 flex-1">
                <span className="block font-semibold text-brand-800 underline decoration-brand-300 underline-offset-4 group-hover:decoration-brand-700">
                  {t(`links.${link.key}`)}
                </span>
              </span>
              <Icon name="arrowRight" className="size-5 shrink-0 text-brand-700" />
            </Link>
          </li>
        ))}
        {/* The career itself, for anyone who wants the whole picture beside their own answer. */}
        <li>
          <Link
            href={CAREER_PATH}
            className="group flex min-h-12 items-center gap-3 rounded-2xl border border-slate-200 bg-white px-4 py-3 hover:border-brand-300 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
          >
            <span className="min-w-0 flex-1">
              <span className="block font-semibold text-brand-800 underline decoration-brand-300 underline-offset-4 group-hover:decoration-brand-700">
                {t("careerLink")}
              </span>
            </span>
            <Icon name="arrowRight" className="size-5 shrink-0 text-brand-700" />
          </Link>
        </li>
      </ul>
    </ReportSection>
  );
}
