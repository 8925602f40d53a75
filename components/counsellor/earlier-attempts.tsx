import Link from "next/link";
import { Pill } from "@/components/report/parts";
import { Icon } from "@/components/ui/icon";
import { bandLabel } from "@/lib/cohorts/signals";
import { formatTakenDate, isoDate } from "@/lib/report";
import type { MarketId } from "@/lib/profiles";

type Attempt = { takenAt: Date; overall: number; band: string };

export type EarlierAttemptsProps = {
  /** The result on this page, listed first for comparison. */
  current: Attempt;
  /** Newest first: each is a share id the counsellor can open. */
  attempts: (Attempt & { id: string })[];
  cohortName: string;
  market: MarketId;
};

const bandTones: Record<string, "brand" | "amber" | "slate"> = {
  strong: "brand",
  good: "brand",
  possible: "amber",
  "not-natural": "slate",
};

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

/** The same student's earlier attempts (retakes they linked) shared with the same cohort. */
export function EarlierAttempts({ current, attempts, cohortName, market }: EarlierAttemptsProps) {
  const day = (date: Date) => <time dateTime={isoDate(date, market)}>{formatTakenDate(date, market)}</time>;

  return (
    <section aria-labelledby="earlier-attempts-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="earlier-attempts-heading" className="text-lg font-semibold tracking-tight text-slate-900">
        Earlier attempts
      </h2>
      {attempts.length === 0 ? (
        <p className="mt-2 text-sm leading-relaxed text-slate-600">No earlier attempts shared with this cohort.</p>
      ) : (
        <>
          <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-600">
            Retakes the student linked to this result and shared with {cohortName}, newest first.
          </p>
          <ol className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
            <li className="py-3">
              <p className="font-semibold text-slate-900">
                This result <span className="font-normal text-slate-600">· {day(current.takenAt)}</span>
              </p>
              <div className="mt-1">
                <Figures attempt={current} />
              </div>
            </li>
            {attempts.map((attempt) => (
              <li key={attempt.id} className="py-3">
                <Link
                  href={`/counsellor/results/${encodeURIComponent(attempt.id)}`}
                  className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                >
                  <span className="sr-only">Open the result of </span>
                  {day(attempt.takenAt)}
                  <Icon name="arrowRight" className="size-4 shrink-0" />
                </Link>
                <div>
                  <Figures attempt={attempt} />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
