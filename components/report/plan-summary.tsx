import { useTranslations } from "next-intl";
import type { PlanSummary } from "@/lib/report";
import { TryWorkReportCard } from "@/components/try-work/report-card";
import { Pill, ReportSection } from "./parts";

export type PlanSummarySectionProps = {
  plan: PlanSummary;
  /** The report's "Try the work" card: its outcome for every reader, the offer for the owner only. */
  tryWork?: { reportId: string; minutes: number };
};

/** The short plan under the answer: where to start, where you are, which credential, which jobs. */
export function PlanSummarySection({ plan, tryWork }: PlanSummarySectionProps) {
  const { learning, journey, certifications, roles } = plan;
  const others = certifications.filter((certification) => !certification.first);
  const t = useTranslations("report.plan");
  return (
    <ReportSection id="plan" eyebrow={t("eyebrow")} title={t("heading")} compact>
      <div className="grid gap-4 md:grid-cols-2">
        {learning ? (
          <div className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
            <h3 className="text-lg font-semibold text-slate-900">{t("learningHeading")}</h3>
            <p className="mt-2">
              <Pill>{t("learningStep", { step: String(learning.step), total: String(learning.total) })}</Pill>
            </p>
            <p className="mt-2 leading-snug font-semibold text-pretty text-slate-900">{learning.focus}</p>
            <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">{t("sentence", { text: learning.task })}</p>
            <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">
              <span className="font-semibold text-slate-900">{t("youWillProduce")}: </span>
              {t("sentence", { text: learning.output })}
            </p>
            {learning.next.length ? (
              <div className="mt-3 border-t border-slate-200 pt-3">
                <p className="text-sm font-semibold text-slate-900">{t("thenHeading")}</p>
                <ul className="mt-1 space-y-1 text-sm leading-relaxed text-slate-700">
                  {learning.next.map((step) => (
                    <li key={step.step}>
                      {t("learningStep", { step: String(step.step), total: String(learning.total) })}: {step.focus}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}

        <div className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          <h3 className="text-lg font-semibold text-slate-900">{t("journeyHeading")}</h3>
          <p className="mt-2 leading-snug font-semibold text-pretty text-slate-900">
            {t("journeyPhase", { phase: String(journey.phase), total: String(journey.total), name: journey.name })}
          </p>
          {journey.monthsText ? <p className="mt-0.5 text-sm text-slate-700">{journey.monthsText}</p> : null}
          <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">{journey.reason}</p>
          <div className="mt-3 border-t border-slate-200 pt-3">
            <p className="text-sm font-semibold text-slate-900">{t("rolesHeading")}</p>
            {roles.now.length ? (
              <p className="mt-1 text-sm leading-relaxed text-slate-700">
                <span className="font-semibold text-slate-900">{t("rolesNow")}: </span>
                {roles.now.join(", ")}
              </p>
            ) : null}
            {roles.later.length ? (
              <p className="mt-0.5 text-sm leading-relaxed text-slate-700">
                <span className="font-semibold text-slate-900">{t("rolesLater")}: </span>
                {roles.later.join(", ")}
              </p>
            ) : null}
          </div>
        </div>

        {/* The first choice is in the answer above; here are the others that suit the person. */}
        {others.length ? (
          <div className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6 md:col-span-2">
            <h3 className="text-lg font-semibold text-slate-900">{t("otherCertificationsHeading")}</h3>
            <ul className="mt-2 grid gap-3 md:grid-cols-3">
              {others.map((certification) => (
                <li key={certification.code} className="text-sm leading-relaxed text-pretty text-slate-700">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="text-base font-semibold text-slate-900">{certification.code}</span>
                  </p>
                  <p className="text-slate-800">
                    {certification.name}, {certification.issuer}
                  </p>
                  <p className="mt-0.5">{certification.reason}</p>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {tryWork ? <TryWorkReportCard summary={plan.tryWork ?? null} owner={tryWork} /> : null}
      </div>
    </ReportSection>
  );
}
