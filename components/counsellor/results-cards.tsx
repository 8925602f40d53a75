import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Icon } from "@/components/ui/icon";
import { formatScore } from "@/lib/report/format";
import type { ResultRow } from "@/lib/contracts/counsellor";
import { CompareCheckbox, type CompareSelection } from "./compare-selection";
import { AttemptNote } from "./attempt-note";
import { useProfileNames } from "./profile-names";
import { BandPill, PartScore, ReviewedMark, TakenOn, rowBackground } from "./results-parts";

/**
 * The results as cards for phones: the same rows in the same order as the table. The name is
 * the link (a short accessible name); its ::after stretches over the card so all of it opens.
 */
export function ResultsCards({ rows, label, compare }: { rows: ResultRow[]; label: string; compare?: CompareSelection }) {
  const t = useTranslations("counsellor.cards");
  const tColumns = useTranslations("counsellor.columns");
  const tParts = useTranslations("counsellor.parts");
  const names = useProfileNames();
  return (
    <ul aria-label={label} className="grid gap-3 md:grid-cols-2">
      {rows.map((row) => (
        <li
          key={row.id}
          data-result-row
          className="relative rounded-2xl border border-slate-200 bg-white p-4 transition-colors focus-within:border-brand-600 hover:border-brand-600 hover:bg-brand-50/40"
        >
          <div className="flex items-start justify-between gap-3">
            <h3 className="min-w-0 text-base leading-snug font-bold tracking-tight break-words text-slate-900">
              <Link
                href={`/counsellor/results/${encodeURIComponent(row.id)}`}
                className="rounded-sm text-brand-800 underline decoration-brand-300 underline-offset-4 after:absolute after:inset-0 after:rounded-2xl after:content-['']"
              >
                {row.displayName}
              </Link>
            </h3>
            <p className="shrink-0 leading-none whitespace-nowrap text-slate-900">
              <span className="text-2xl font-bold tabular-nums">{formatScore(row.overall)}</span>
              <span className="text-sm text-slate-600">{t("outOf")}</span>
            </p>
          </div>
          <p className="mt-1 text-sm break-words text-slate-700">{row.cohortName}</p>
          <AttemptNote row={row} />
          <p className="text-sm break-words text-slate-700">
            <span className="font-semibold text-slate-900">{tColumns("background")}: </span>
            {rowBackground(row, names)}
          </p>
          <p className="text-sm text-slate-600">{t.rich("takenOn", { date: () => <TakenOn iso={row.takenAt} /> })}</p>
          <p className="mt-2">
            <BandPill band={row.band} label={names.band(row.band)} />
          </p>

          <dl className="mt-3 grid grid-cols-3 gap-2 rounded-xl bg-slate-50 px-3 py-2 text-center">
            {(
              [
                [tColumns("education"), row.education],
                [tColumns("skills"), row.skills],
                [tColumns("temperament"), row.temperament],
              ] as const
            ).map(([name, value]) => (
              <div key={name} className="min-w-0">
                <dt className="truncate text-xs text-slate-600">{name}</dt>
                <dd className="font-semibold text-slate-900 tabular-nums">
                  <PartScore value={value} />
                </dd>
              </div>
            ))}
          </dl>

          <dl className="mt-3 space-y-1 text-sm leading-relaxed">
            <div>
              <dt className="inline font-semibold text-slate-900">{t("flags")}</dt>
              <dd className={`inline ${row.flags.length ? "text-amber-900" : "text-slate-600"}`}>
                {row.flags.length ? row.flags.map(names.flag).join(", ") : tParts("none")}
              </dd>
            </div>
            {row.topGaps.length ? (
              <div>
                <dt className="inline font-semibold text-slate-900">{t("topGaps")}</dt>
                <dd className="inline text-slate-700">{row.topGaps.map(names.skill).join(", ")}</dd>
              </div>
            ) : null}
          </dl>

          <div className="mt-3 flex items-center justify-between gap-3 border-t border-slate-200 pt-3">
            <ReviewedMark reviewed={row.reviewed} />
            {/* Above the card's stretched link, so a tap on it ticks the box instead of opening the result. */}
            {compare ? <CompareCheckbox candidate={row} selection={compare} visibleText /> : null}
            <span aria-hidden="true" className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700">
              {t("open")}
              <Icon name="arrowRight" className="size-4" />
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
