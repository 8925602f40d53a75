import { Link } from "@/lib/i18n/navigation";
import { Pill } from "@/components/report/parts";
import { Icon } from "@/components/ui/icon";
import { bandLabel } from "@/lib/cohorts/signals";
import { formatTakenDate, isoDate } from "@/lib/report";
import type { MarketId } from "@/lib/profiles";
import { retakeNote } from "@/lib/counsellor/attempt-change";
import { attemptWords } from "@/lib/counsellor/attempt-words";

type Attempt = { id: string; takenAt: Date; overall: number; band: string; latest: boolean };

export type EarlierAttemptsProps = {
  /** The result on this page. */
  currentId: string;
  /** The student's attempts shared with this cohort, this one included, newest first. */
  attempts: Attempt[];
  cohortName: string;
  market: MarketId;
};

const bandTones: Record<string, "brand" | "amber" | "slate"> = {
  strong: "brand",
  good: "brand",
  possible: "amber",
  "not-natural": "slate",
};

const words = attemptWords.page;

function Figures({ attempt }: { attempt: Attempt }) {
  return (
    <span className="flex flex-wrap items-center gap-x-2.5 gap-y-1 text-sm text-slate-700">
      <span>
        <span className="font-semibold text-slate-900 tabular-nums">{attempt.overall}</span> / 100
      </span>
      <Pill tone={bandTones[attempt.band] ?? "slate"}>{bandLabel(attempt.band)}</Pill>
    </span>
  );
}

/**
 * The student's attempts in this cohort (retakes they linked, one studentKey), newest first: each
 * with its date, score and band and the change since the attempt before it; the others open.
 */
export function EarlierAttempts({ currentId, attempts, cohortName, market }: EarlierAttemptsProps) {
  const day = (date: Date) => <time dateTime={isoDate(date, market)}>{formatTakenDate(date, market)}</time>;
  const count = attempts.length;
  const isFirst = attempts.at(-1)?.id === currentId;

  return (
    <section aria-labelledby="earlier-attempts-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="earlier-attempts-heading" className="text-lg font-semibold tracking-tight text-slate-900">
        {words.heading}
      </h2>
      {count < 2 ? (
        <p className="mt-2 text-sm leading-relaxed text-slate-600">{words.only}</p>
      ) : (
        <>
          <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-600">
            {words.intro(cohortName)}
            {isFirst ? ` ${words.change.firstAttempt}` : null}
          </p>
          <ol className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
            {attempts.map((attempt, index) => {
              const number = count - index;
              const previous = attempts[index + 1];
              const current = attempt.id === currentId;
              return (
                <li key={attempt.id} className="py-3" aria-current={current ? "page" : undefined}>
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                    <span className="font-semibold text-slate-900">{attemptWords.attemptOf(number, count)}</span>
                    {current ? <Pill tone="slate">{words.thisOne}</Pill> : null}
                    {attempt.latest ? <Pill tone="brand">{words.latest}</Pill> : null}
                  </p>
                  {current ? (
                    <p className="mt-1 text-sm text-slate-700">{day(attempt.takenAt)}</p>
                  ) : (
                    <Link
                      href={`/counsellor/results/${encodeURIComponent(attempt.id)}`}
                      className="inline-flex min-h-11 items-center gap-1.5 text-sm font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                    >
                      <span className="sr-only">{words.open}</span>
                      {day(attempt.takenAt)}
                      <Icon name="arrowRight" className="size-4 shrink-0" />
                    </Link>
                  )}
                  <div className="mt-1">
                    <Figures attempt={attempt} />
                  </div>
                  {previous ? <p className="mt-1.5 text-sm text-slate-700">{retakeNote(previous, attempt)}</p> : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
