import { joinWords, type SignalsView, type TraitView } from "@/lib/report";
import { Icon } from "@/components/ui/icon";
import { AnswerList, Pill, ReportSection, SubHeading } from "./parts";

/** Part 3: the good-fit traits the answers show, and any not-ideal flags, each with its answers. */
export function FitSignals({ signals }: { signals: SignalsView }) {
  return (
    <ReportSection
      id="signals"
      eyebrow="Part 2 · Temperament"
      title="Fit signals"
      intro={
        <p>
          These come from your temperament answers. A good-fit trait counts as shown when your answers reach{" "}
          {signals.thresholds.matched}. A not-ideal trait is flagged from {signals.thresholds.raised}, and flagged strongly
          from {signals.thresholds.strong}.
        </p>
      }
    >
      <SubHeading
        id="signals-matched"
        lead={`${signals.matched.length} of the ${signals.goodFitTotal} good-fit traits show clearly in your answers.`}
      >
        Good-fit traits you show
      </SubHeading>
      {signals.matched.length ? (
        <ul aria-labelledby="signals-matched" className="mt-5 grid gap-4 md:grid-cols-2 print:grid-cols-2">
          {signals.matched.map((trait) => (
            <TraitCard key={trait.id} trait={trait} />
          ))}
        </ul>
      ) : (
        <p className="mt-4 max-w-[68ch] rounded-xl border border-slate-200 bg-slate-50 p-4 leading-relaxed text-slate-800">
          None of the good-fit traits showed clearly in your answers. That does not rule coding out, but it is worth
          reading the skills and challenges below with care.
        </p>
      )}
      {signals.matched.length && signals.unmatched.length ? (
        <p className="mt-4 max-w-[68ch] text-sm leading-relaxed text-slate-700">
          <span className="font-semibold text-slate-900">Not clearly shown: </span>
          {joinWords(signals.unmatched)}.
        </p>
      ) : null}

      <div className="mt-12">
        <SubHeading
          id="signals-flags"
          lead={
            signals.flags.length
              ? `${signals.flags.length} of the ${signals.notIdealTotal} not-ideal traits came up. Weigh each one against the day-to-day work before you commit.`
              : undefined
          }
        >
          Not-ideal signals
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
            <span>
              None. Your answers do not lean towards any of the {signals.notIdealTotal} traits that make daily coding work
              hard to enjoy.
            </span>
          </p>
        )}
      </div>
    </ReportSection>
  );
}

function TraitCard({ trait, flag = false }: { trait: TraitView; flag?: boolean }) {
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
          <span className="font-semibold text-slate-900">Day to day: </span>
          {trait.dayToDay}
        </p>
      ) : null}
      <AnswerList answers={trait.answers} />
    </li>
  );
}
