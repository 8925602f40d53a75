import { useTranslations } from "next-intl";
import { joinWords, type SignalsView, type TraitView } from "@/lib/report";
import { Icon } from "@/components/ui/icon";
import { AnswerList, Pill, ReportSection, SubHeading } from "./parts";

/** Part 3: the good-fit traits the answers show, and any not-ideal flags, each with its answers. */
export function FitSignals({ signals }: { signals: SignalsView }) {
  const t = useTranslations("report");
  return (
    <ReportSection
      id="signals"
      eyebrow={t("signals.eyebrow")}
      title={t("signals.title")}
      intro={<p>{t("signals.intro", signals.thresholds)}</p>}
    >
      <SubHeading
        id="signals-matched"
        lead={t("signals.matchedLead", { matched: String(signals.matched.length), total: String(signals.goodFitTotal) })}
      >
        {t("signals.matchedHeading")}
      </SubHeading>
      {signals.matched.length ? (
        <ul aria-labelledby="signals-matched" className="mt-5 grid gap-4 md:grid-cols-2 print:grid-cols-2">
          {signals.matched.map((trait) => (
            <TraitCard key={trait.id} trait={trait} />
          ))}
        </ul>
      ) : (
        <p className="mt-4 max-w-[68ch] rounded-xl border border-slate-200 bg-slate-50 p-4 leading-relaxed text-slate-800">
          {t("signals.matchedNone")}
        </p>
      )}
      {signals.matched.length && signals.unmatched.length ? (
        <p className="mt-4 max-w-[68ch] text-sm leading-relaxed text-slate-700">
          <span className="font-semibold text-slate-900">{t("signals.unmatched")}</span>
          {t("plan.sentence", { text: joinWords(signals.unmatched, t) })}
        </p>
      ) : null}

      <div className="mt-12">
        <SubHeading
          id="signals-flags"
          lead={
            signals.flags.length
              ? t("signals.flagsLead", { count: String(signals.flags.length), total: String(signals.notIdealTotal) })
              : undefined
          }
        >
          {t("signals.flagsHeading")}
        </SubHeading>
        {signals.flags.length ? (
          <ul aria-labelledby="signals-flags" className="mt-5 grid gap-4 md:grid-cols-2 print:grid-cols-2">
            {signals.flags.map((trait) => (
              <TraitCard key={trait.id} trait={trait} flag />
            ))}
          </ul>
        ) : (
          <p className="mt-4 flex max-w-[68ch] gap-3 rounded-xl border border-slate-200 bg-white p-4 leading-relaxed text-slate-800">
            <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
            <span>{t("signals.flagsNone", { total: String(signals.notIdealTotal) })}</span>
          </p>
        )}
      </div>
    </ReportSection>
  );
}

function TraitCard({ trait, flag = false }: { trait: TraitView; flag?: boolean }) {
  const t = useTranslations("report.signals");
  return (
    <li
      className={`report-card rounded-2xl border p-5 sm:p-6 ${
        flag ? (trait.strength === "strong" ? "border-amber-400 bg-amber-50/60" : "border-amber-300 bg-white") : "border-slate-200 bg-white"
      }`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span
          className={`inline-flex size-8 shrink-0 items-center justify-center rounded-full ${
            flag ? "bg-amber-100 text-amber-900" : "bg-brand-100 text-brand-800"
          }`}
        >
          <Icon name={flag ? "flag" : "check"} className="size-4.5" />
        </span>
        <p className="min-w-0 flex-1 text-lg leading-snug font-semibold text-slate-900">{trait.name}</p>
      </div>
      <p className="mt-3 flex flex-wrap gap-2">
        {trait.strengthLabel ? <Pill tone="amber">{trait.strengthLabel}</Pill> : null}
        <Pill tone={flag ? "slate" : "brand"}>{trait.scoreText}</Pill>
      </p>
      {trait.description ? <p className="mt-3 leading-relaxed text-pretty text-slate-800">{trait.description}</p> : null}
      {trait.dayToDay ? (
        <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-700">
          <span className="font-semibold text-slate-900">{t("dayToDay")}</span>
          {trait.dayToDay}
        </p>
      ) : null}
      <AnswerList answers={trait.answers} />
    </li>
  );
}
