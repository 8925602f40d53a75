import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";

export interface BarDatum {
  id: string;
  label: string;
  /** Bar length as a share of the full width, 0–1. */
  share: number;
  /** The figure shown beside the bar ("19 · 31.7%", "66.4"). */
  value: string;
  /** The same figure in words for the chart's text alternative ("19 results, 31.7%"). */
  spoken: string;
  /** Tailwind background class for the bar. */
  tone?: string;
}

export type BarChartProps = {
  /** Names the chart for assistive technology and the table's caption. */
  title: string;
  bars: BarDatum[];
  /** Column headings of the equivalent table: the row label, then each figure. */
  columns: [string, ...string[]];
  /** One row of table cells per bar, in the same order. */
  rows: ReactNode[][];
};

/**
 * Horizontal bars in plain HTML and CSS (they reflow on a phone; nothing overflows). The
 * drawing is one image with a text alternative that reads out every bar, and the same figures
 * are one click away as a real table.
 */
export function BarChart({ title, bars, columns, rows }: BarChartProps) {
  const t = useTranslations("counsellor.charts");
  const description = `${title}: ${bars.map((bar) => `${bar.label}, ${bar.spoken}`).join("; ")}.`;
  return (
    <div>
      <div role="img" aria-label={description} className="space-y-4">
        {bars.map((bar) => (
          <div key={bar.id}>
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="min-w-0 font-semibold break-words text-slate-900">{bar.label}</span>
              <span className="shrink-0 text-slate-700 tabular-nums">{bar.value}</span>
            </div>
            <div className="mt-1.5 h-3 overflow-hidden rounded-full bg-slate-100">
              <div
                className={`h-full rounded-full ${bar.tone ?? "bg-brand-600"}`}
                style={{ width: `${Math.min(100, Math.max(0, bar.share * 100))}%` }}
              />
            </div>
          </div>
        ))}
      </div>
      <details className="group mt-5 border-t border-slate-200 pt-4">
        <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg font-semibold text-brand-700 hover:text-brand-800">
          <Icon name="chevron" className="size-5 shrink-0 transition-transform group-open:rotate-90" />
          {t("showTable")}
        </summary>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {columns.map((column, index) => (
                  <th key={column} scope="col" className={`py-2 pr-3 font-semibold text-slate-900 last:pr-0 ${index ? "text-right" : ""}`}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((cells, rowIndex) => (
                <tr key={bars[rowIndex]?.id ?? rowIndex}>
                  {cells.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="py-2 pr-3 font-normal text-slate-800">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className="py-2 pr-3 text-right text-slate-800 tabular-nums last:pr-0">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

/** A share of results as a percentage to one decimal place at most ("31.7%", "40%"); 0% when there are none. */
export function percentOf(count: number, total: number): string {
  if (total <= 0) return "0%";
  const percent = Math.round((count / total) * 1000) / 10;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}
