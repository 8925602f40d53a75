import { useTranslations } from "next-intl";
import { useId } from "react";
import { Icon } from "@/components/ui/icon";
import { exportHref } from "@/lib/counsellor/api-client";
import type { ResultView } from "@/lib/counsellor/filters";
import { resultsText } from "./results-parts";

export type ExportButtonProps = {
  view: ResultView;
  /** How many results match the view: all of them go into the file, not just this page. */
  total: number;
  /** `total` is a lower bound: the list counts matches only up to a limit (lib/shares/counsellor.ts). */
  totalAtLeast?: boolean;
  filtered: boolean;
  className?: string;
};

/**
 * A plain link to the CSV export: the browser sends the session cookie and saves the streamed
 * file itself, so even a very large export never passes through this page's memory.
 */
export function ExportButton({ view, total, totalAtLeast = false, filtered, className }: ExportButtonProps) {
  const noteId = useId();
  const t = useTranslations("counsellor.export");
  const tParts = useTranslations("counsellor.parts");
  const matching = filtered ? "true" : "false";
  return (
    <div className={["flex flex-col gap-1", className].filter(Boolean).join(" ")}>
      <a
        href={exportHref(view)}
        download
        aria-describedby={noteId}
        className="inline-flex min-h-11 items-center justify-center gap-2 rounded-xl border border-slate-500 bg-white px-4 py-2 text-base font-semibold text-slate-900 transition-colors hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800"
      >
        <Icon name="arrowDown" className="size-5 shrink-0" />
        {t("download")}
      </a>
      <p id={noteId} className="text-sm text-slate-600">
        {totalAtLeast
          ? t("atLeast", { filtered: matching, results: resultsText(total, tParts, true) })
          : total === 1
            ? t("one", { filtered: matching })
            : t("all", { filtered: matching, results: resultsText(total, tParts) })}
      </p>
    </div>
  );
}
