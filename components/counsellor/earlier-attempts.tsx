import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Pill } from "@/components/report/parts";
import { Icon } from "@/components/ui/icon";
import { formatTakenDate, isoDate } from "@/lib/report";
import type { MarketId } from "@/lib/profiles";
import { retakeNote } from "@/lib/counsellor/attempt-change";

type Attempt = { id: string; takenAt: Date; overall: number; band: string; latest: boolean };

export type EarlierAttemptsProps = {
  /** The result on this page. */
  currentId: string;
  /** The student's attempts shared with this cohort, this one included, newest first. */
  attempts: Attempt[];
  cohortName: string;
  market: MarketId;
  /** Band names by id, in the page's language. */
  bandNames: Record<string, string>;
};

const bandTones: Record<string, "brand" | "amber" | "slate"> = {
  strong: "brand",
  good: "brand",
  possible: "amber",
  "not-natural": "slate",
};

function Figures({ attempt, bandName }: { attempt: Attempt; bandName: string }) {
  return (
    <span className="flex flex-wrap items-center gap-x-2.5 gap-y-1 text-sm text-slate-700">
      <span>
        <span className="font-semibold text-slate-900 tabular-nums">{attempt.overall}</span> / 100
      </span>
      <Pill tone={bandTones[attempt.band] ?? "slate"}>{bandName}</Pill>
    </span>
  );
}

/**
 * The student's attempts in this cohort (retakes they linked, one studentKey), newest first: each
 * with its date, score and band and the change since the attempt before it; the others open.
 */
export function EarlierAttempts({ currentId, attempts, cohortName, market, bandNames }: EarlierAttemptsProps) {
  const t = useTranslations("counsellor.attempts");
  const locale = useLocale();
  const bandName = (id: string) => bandNames[id] ?? id;
  const day = (date: Date) => <time dateTime={isoDate(date, market)}>{formatTakenDate(date, market, locale)}</time>;
  const count = attempts.length;
  const isFirst = attempts.at(-1)?.id === currentId;

  return (
    <section aria-labelledby="earlier-attempts-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="earlier-attempts-heading" className="text-lg font-semibold tracking-tight text-slate-900">
        {t("page.heading")}
      </h2>
      {count < 2 ? (
        <p className="mt-2 text-sm leading-relaxed text-slate-600">{t("page.only")}</p>
      ) : (
        <>
          <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-600">
            {t("page.intro", { cohort: cohortName })}
            {isFirst ? ` ${t("change.firstAttempt")}` : null}
          </p>
          <ol className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
            {attempts.map((attempt, index) => {
              const number = count - index;
              const previous = attempts[index + 1];
              const current = attempt.id === currentId;
              return (
                <li key={attempt.id} className="py-3" aria-current={current ? "page" : undefined}>
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                    <span className="font-semibold text-slate-900">{t("attemptOf", { number: String(number), count: String(count) })}</span>
                    {current ? <Pill tone="slate">{t("page.thisOne")}</Pill> : null}
                    {attempt.latest ? <Pill tone="brand">{t("page.latest")}</Pill> : null}
                  </p>
                  {current ? (
                    <p className="mt-1 text-sm text-slate-700">{day(attempt.takenAt)}</p>
                  ) : (
                    <Link
                      href={`/counsellor/results/${encodeURIComponent(attempt.id)}`}
                      className="inline-flex min-h-11 items-center gap-1.5 text-sm font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                    >
                      <span className="sr-only">{t("page.open")}</span>
                      {day(attempt.takenAt)}
                      <Icon name="arrowRight" className="size-4 shrink-0" />
                    </Link>
                  )}
                  <div className="mt-1">
                    <Figures attempt={attempt} bandName={bandName(attempt.band)} />
                  </div>
                  {previous ? <p className="mt-1.5 text-sm text-slate-700">{retakeNote(previous, attempt, t, bandName)}</p> : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
