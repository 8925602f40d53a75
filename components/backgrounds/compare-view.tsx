import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { BackgroundRow } from "@/lib/backgrounds";
import { BulletList, FitScore, PreferredPill, SkillLevels, StartStep } from "./parts";

type Field = { label: string; render: (row: BackgroundRow) => ReactNode };

/** The chosen backgrounds column by column (a table), or one after another on a phone. */
export function CompareView({ rows, totalSteps }: { rows: BackgroundRow[]; totalSteps: number }) {
  const t = useTranslations("backgrounds.view");
  const fields: Field[] = [
    { label: t("fitScore"), render: (row) => <FitScore score={row.fitScore} /> },
    { label: t("preferred"), render: (row) => <PreferredPill preferred={row.preferred} /> },
    { label: t("why"), render: (row) => <span className="leading-relaxed text-pretty text-slate-700">{row.reason}</span> },
    { label: t("alreadyHas"), render: (row) => <SkillLevels skills={row.alreadyHas} /> },
    { label: t("mustAdd"), render: (row) => <div className="text-slate-700"><BulletList items={row.mustAdd} /></div> },
    { label: t("startsAt"), render: (row) => <StartStep step={row.start.step} total={totalSteps} focus={row.start.focus} /> },
    { label: t("firstRole"), render: (row) => <span className="text-slate-700">{row.firstRole}</span> },
  ];

  return (
    <div id="compare-result" data-testid="compare-result" className="mt-10">
      <h3 className="text-xl font-semibold tracking-tight text-slate-900">
        {rows.map((row) => row.degree).join(t("versus"))}
      </h3>

      <div className="mt-4 space-y-4 md:hidden">
        {rows.map((row) => (
          <article key={row.id} aria-labelledby={`compare-card-${row.id}`} className="rounded-2xl border border-slate-200 bg-white p-4">
            <h4 id={`compare-card-${row.id}`} className="font-semibold text-slate-900">
              {row.degree}
            </h4>
            <dl className="mt-3 space-y-3 text-sm">
              {fields.map((field) => (
                <div key={field.label}>
                  <dt className="font-semibold text-slate-900">{field.label}</dt>
                  <dd className="mt-1">{field.render(row)}</dd>
                </div>
              ))}
            </dl>
          </article>
        ))}
      </div>

      <table className="mt-4 hidden w-full table-fixed text-left text-sm md:table" data-testid="compare-table">
        <caption className="sr-only">{t("caption")}</caption>
        <colgroup>
          <col className="w-36" />
          {rows.map((row) => (
            <col key={row.id} />
          ))}
        </colgroup>
        <thead>
          <tr className="border-b-2 border-slate-300 align-bottom">
            <td />
            {rows.map((row) => (
              <th key={row.id} scope="col" className="py-2 pr-4 text-base font-semibold text-slate-900">
                {row.degree}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {fields.map((field) => (
            <tr key={field.label} className="align-top">
              <th scope="row" className="py-3 pr-4 font-semibold text-slate-700">
                {field.label}
              </th>
              {rows.map((row) => (
                <td key={row.id} className="py-3 pr-4">
                  {field.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
