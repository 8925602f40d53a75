import { useTranslations } from "next-intl";
import type { WhySummary } from "@/lib/report";
import { Icon } from "@/components/ui/icon";
import { ReportSection } from "./parts";

/** "Why we think so": the three parts as bars (scores only), strengths, what to work on, how sure. */
export function WhySummarySection({ why }: { why: WhySummary }) {
  const t = useTranslations("report.why");
  return (
    <ReportSection id="why-short" eyebrow={t("eyebrow")} title={t("heading")} intro={<p>{t("intro")}</p>} compact>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6 md:row-span-2">
          <ul className="space-y-5">
            {why.parts.map((part) => (
              <li key={part.id}>
                <div className="flex items-baseline justify-between gap-4">
                  <p className="font-semibold text-slate-900">{part.label}</p>
                  <p className="text-sm text-slate-800 tabular-nums">{t("partScore", { score: String(part.score) })}</p>
                </div>
                <div
                  role="img"
                  aria-label={`${part.label}: ${t("partScore", { score: String(part.score) })}`}
                  className="report-bar mt-1.5 h-3 w-full overflow-hidden rounded-full bg-slate-200"
                >
                  <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.min(Math.max(part.score, 0), 100)}%` }} />
                </div>
                <p className="mt-1.5 text-sm leading-relaxed text-pretty text-slate-600">{part.description}</p>
              </li>
            ))}
          </ul>
          <div className="mt-5 border-t border-slate-200 pt-4">
            <p className="flex items-center gap-2 font-semibold text-slate-900">
              <Icon name={why.confidence.level === "high" ? "check" : "alert"} className="size-5 shrink-0 text-brand-700" />
              {t("confidenceHeading")}: {why.confidence.label}
            </p>
            <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">
              {why.confidence.note} {t("knowledge", { right: why.confidence.knowledge })}
            </p>
          </div>
        </div>

        <div className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          <h3 className="text-lg font-semibold text-slate-900">{t("strengthsHeading")}</h3>
          {why.strengths.length ? (
            <ul className="mt-2 space-y-2">
              {why.strengths.map((strength) => (
                <li key={strength} className="flex gap-2.5 leading-snug text-slate-800">
                  <Icon name="check" className="mt-0.5 size-4.5 shrink-0 text-brand-700" />
                  {strength}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 leading-relaxed text-slate-700">{t("strengthsNone")}</p>
          )}
        </div>

        <div className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          <h3 className="text-lg font-semibold text-slate-900">{t("workOnHeading")}</h3>
          {why.workOn.length ? (
            <ul className="mt-2 space-y-2">
              {why.workOn.map((item) => (
                <li key={item} className="flex gap-2.5 leading-snug text-slate-800">
                  <Icon name="arrowUp" className="mt-0.5 size-4.5 shrink-0 text-brand-700" />
                  {item}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 leading-relaxed text-slate-700">{t("workOnNone")}</p>
          )}
        </div>
      </div>
    </ReportSection>
  );
}
