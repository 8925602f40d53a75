import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Icon } from "@/components/ui/icon";
import type { SortKey } from "@/lib/counsellor/filters";
import { formatScore } from "@/lib/report/format";
import type { ResultRow } from "@/lib/contracts/counsellor";
import { CompareCheckbox, type CompareSelection } from "./compare-selection";
import { AttemptNote } from "./attempt-note";
import { useProfileNames } from "./profile-names";
import { BandLabel, PartScore, ReviewedMark, TakenOn, flagCountText, rowBackground } from "./results-parts";

export type SortState = { sort: SortKey; dir: "asc" | "desc" };

export type ResultsTableProps = SortState & {
  rows: ResultRow[];
  caption: string;
  onSort: (sort: SortKey) => void;
  /** The students ticked for "Compare (n)"; no checkbox column without it. */
  compare?: CompareSelection;
};

const th = "px-2.5 py-3 text-left align-bottom text-sm font-semibold text-slate-900 first:pl-4 last:pr-4";
const td = "px-2.5 py-3.5 align-top first:pl-4 last:pr-4";

/** The results as a table for wider screens; the sortable columns have a button in their header. */
export function ResultsTable({ rows, caption, sort, dir, onSort, compare }: ResultsTableProps) {
  const t = useTranslations("counsellor.columns");
  const tParts = useTranslations("counsellor.parts");
  const tCompare = useTranslations("counsellor.compare.select");
  const names = useProfileNames();
  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort === key;
    return (
      <th scope="col" className={th} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
        <button
          type="button"
          onClick={() => onSort(key)}
          className={[
            "-mx-2 inline-flex min-h-10 items-center gap-1 rounded-lg px-2 text-left font-semibold hover:bg-brand-50 hover:text-brand-800",
            numeric ? "justify-end" : "",
            active ? "text-brand-800" : "text-slate-900",
          ].join(" ")}
        >
          {label}
          {active ? <Icon name={dir === "asc" ? "arrowUp" : "arrowDown"} className="size-4 shrink-0 text-brand-700" /> : <SortableMark />}
        </button>
      </th>
    );
  };

  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200 bg-slate-50">
        <tr>
          {compare ? (
            <th scope="col" className="w-px py-3 pr-0 pl-3 text-left align-bottom text-xs font-semibold text-slate-900">
              <span className="inline-flex min-h-10 items-center">{tCompare("columnHeader")}</span>
            </th>
          ) : null}
          {header("name", t("student"))}
          <th scope="col" className={th}>
            <span className="inline-flex min-h-10 items-center">{t("cohort")}</span>
          </th>
          {header("date", t("takenOn"))}
          {header("overall", t("overallAndBand"), true)}
          {header("education", t("education"), true)}
          {header("skills", t("skills"), true)}
          {header("temperament", t("temperament"), true)}
          <th scope="col" className={th}>
            <span className="inline-flex min-h-10 items-center">{t("background")}</span>
          </th>
          <th scope="col" className={th}>
            <span className="inline-flex min-h-10 items-center">{t("flags")}</span>
          </th>
          <th scope="col" className={th}>
            <span className="inline-flex min-h-10 items-center">{t("topGaps")}</span>
          </th>
          <th scope="col" className={th}>
            <span className="inline-flex min-h-10 items-center">{t("reviewed")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row) => (
          <tr key={row.id} data-result-row className="hover:bg-slate-50">
            {compare ? (
              <td className="w-px py-1.5 pr-0 pl-3 align-top">
                <CompareCheckbox candidate={row} selection={compare} />
              </td>
            ) : null}
            <th scope="row" className={`${td} min-w-36 font-normal`}>
              <Link
                href={`/counsellor/results/${encodeURIComponent(row.id)}`}
                className="font-semibold break-words text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
              >
                {row.displayName}
              </Link>
              {row.email ? <Email address={row.email} /> : null}
              <AttemptNote row={row} />
            </th>
            <td className={`${td} min-w-28 text-sm text-slate-700`}>{row.cohortName}</td>
            <td className={`${td} text-sm whitespace-nowrap text-slate-700`}>
              <TakenOn iso={row.takenAt} />
            </td>
            <td className={`${td} min-w-28`}>
              <span className="block text-lg leading-tight font-bold text-slate-900 tabular-nums">{formatScore(row.overall)}</span>
              <BandLabel band={row.band} label={names.band(row.band)} />
            </td>
            <td className={`${td} text-slate-800 tabular-nums whitespace-nowrap`}>
              <PartScore value={row.education} />
            </td>
            <td className={`${td} text-slate-800 tabular-nums whitespace-nowrap`}>
              <PartScore value={row.skills} />
            </td>
            <td className={`${td} text-slate-800 tabular-nums whitespace-nowrap`}>
              <PartScore value={row.temperament} />
            </td>
            <td className={`${td} min-w-28 text-sm text-slate-700`}>{rowBackground(row, names)}</td>
            <td className={`${td} text-sm whitespace-nowrap`}>
              {row.flags.length ? (
                <span className="font-semibold text-amber-900" title={row.flags.map(names.flag).join(", ")}>
                  {flagCountText(row.flags.length, tParts)}
                  <span className="sr-only">: {row.flags.map(names.flag).join(", ")}</span>
                </span>
              ) : (
                <span className="text-slate-600">{tParts("none")}</span>
              )}
            </td>
            <td className={`${td} min-w-32 text-xs leading-relaxed text-slate-700`}>
              {row.topGaps.length ? row.topGaps.map(names.skill).join(", ") : <span className="text-slate-600">{tParts("none")}</span>}
            </td>
            <td className={td}>
              <ReviewedMark reviewed={row.reviewed} short />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Up and down chevrons: "this column can be sorted", beside a column that is not sorted now. */
function SortableMark() {
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-4 shrink-0 text-slate-500"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="m8 9 4-4 4 4M8 15l4 4 4-4" />
    </svg>
  );
}

/** An address that may wrap before the "@" (and only there or at dots) rather than mid-word. */
function Email({ address }: { address: string }) {
  const at = address.indexOf("@");
  return (
    <span className="mt-0.5 block text-xs break-words text-slate-600">
      {at > 0 ? (
        <>
          {address.slice(0, at)}
          <wbr />
          {address.slice(at)}
        </>
      ) : (
        address
      )}
    </span>
  );
}
