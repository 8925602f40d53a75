import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { OwnerGate } from "@/components/owner/owner-context";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import type { TryWorkSummary } from "@/lib/try-work/outcome";

export type TryWorkReportCardProps = {
  summary: TryWorkSummary | null;
  /** On the student's own report: the links to the exercise, shown on the owner's device only. */
  owner?: { reportId: string; minutes: number };
};

export const tryWorkHref = (reportId: string) => `/careers/medical-coder/try?report=${encodeURIComponent(reportId)}`;

/**
 * "Try the work" in the plan. Once tried, everyone who reads the report sees the outcome (it is
 * stored with the result), with a plain note when the person disliked it. Not tried yet: only the
 * owner's device is offered the exercise, since only it can add the outcome to this result.
 */
export function TryWorkReportCard({ summary, owner }: TryWorkReportCardProps) {
  const t = useTranslations("tryWork");
  const cardClass = "report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6 md:col-span-2";
  if (summary) {
    return (
      <div data-try-work={summary.feeling} className={cardClass}>
        <h3 className="flex items-center gap-2 text-lg font-semibold text-slate-900">
          <Icon name="pencil" className="size-5 shrink-0 text-brand-700" />
          {t("reportHeading")}
        </h3>
        <p data-try-work-line className="mt-2 leading-snug font-semibold text-pretty text-slate-900">
          {t("reportLine", { correct: summary.correct, total: summary.total, feeling: t(`feelingWords.${summary.feeling}`) })}
        </p>
        {summary.feeling === "disliked" ? (
          <p data-try-work-note className="mt-2 max-w-[68ch] text-sm leading-relaxed text-pretty text-slate-700">
            {t("reportDislikedNote")}
          </p>
        ) : null}
        {owner ? (
          <OwnerGate>
            <p className="print-hidden mt-2">
              <Link
                href={tryWorkHref(owner.reportId)}
                className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
              >
                {t("reportAgain")}
              </Link>
            </p>
          </OwnerGate>
        ) : null}
      </div>
    );
  }
  if (!owner) return null;
  return (
    <OwnerGate>
      <div data-try-work="offer" className={`${cardClass} print-hidden`}>
        <h3 className="flex items-center gap-2 text-lg font-semibold text-slate-900">
          <Icon name="pencil" className="size-5 shrink-0 text-brand-700" />
          {t("reportHeading")}
        </h3>
        <p className="mt-1 max-w-[68ch] text-sm leading-relaxed text-pretty text-slate-700">{t("reportOfferText")}</p>
        <ButtonLink href={tryWorkHref(owner.reportId)} variant="secondary" className="mt-3 w-full sm:w-auto">
          {t("reportOffer", { minutes: owner.minutes })}
          <Icon name="arrowRight" />
        </ButtonLink>
      </div>
    </OwnerGate>
  );
}
