import { useLocale, useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import type { Namers } from "@/lib/counsellor/names";
import { formatShortDay } from "@/lib/counsellor/when";
import { formatScore } from "@/lib/report/format";
import type { ResultRow } from "@/lib/contracts/counsellor";
import type { PageWords } from "@/lib/i18n/page-words";

const takenOnFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/**
 * "8 Dec 2026". In UTC on purpose: the date filters and the CSV count whole UTC days, so a
 * result always shows the day it is filtered and exported under (and server and browser agree).
 * Other languages name the month from their messages, as every counsellor time does.
 */
export function TakenOn({ iso, className }: { iso: string; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("counsellor.when");
  return (
    <time dateTime={iso} className={className}>
      {locale === "en" ? takenOnFormat.format(new Date(iso)) : formatShortDay(iso, "UTC", t)}
    </time>
  );
}

const bandTones: Record<string, string> = {
  strong: "bg-brand-600 text-white ring-brand-600",
  good: "bg-brand-100 text-brand-900 ring-brand-300",
  possible: "bg-amber-50 text-amber-900 ring-amber-300",
  "not-natural": "bg-slate-100 text-slate-800 ring-slate-300",
};

/** The band as the report shows it: the same four tones; `label` is its name in the page's language. */
export function BandPill({ band, label, className }: { band: string; label: string; className?: string }) {
  return (
    <span
      className={[
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs leading-5 font-semibold ring-1 ring-inset",
        bandTones[band] ?? bandTones["not-natural"],
        className,
      ]
        .filter(Boolean)
        .join(" ")}
    >
      {label}
    </span>
  );
}

const bandDots: Record<string, string> = {
  strong: "bg-brand-600",
  good: "bg-brand-300",
  possible: "bg-amber-400",
  "not-natural": "bg-slate-400",
};

/** The band as a dot and words, for a table cell, where a wrapped pill would look broken. */
export function BandLabel({ band, label }: { band: string; label: string }) {
  return (
    <span className="mt-1 flex items-start gap-1.5 text-xs leading-snug font-semibold text-slate-800">
      <span aria-hidden="true" className={`mt-1 size-2 shrink-0 rounded-full ${bandDots[band] ?? bandDots["not-natural"]}`} />
      {label}
    </span>
  );
}

/** "Reviewed" with a check, or "Not yet"; `short` says "Yes" where a column header already says "Reviewed". */
export function ReviewedMark({ reviewed, short = false }: { reviewed: boolean; short?: boolean }) {
  const t = useTranslations("counsellor.parts");
  return reviewed ? (
    <span className="inline-flex items-center gap-1 text-sm font-semibold whitespace-nowrap text-brand-800">
      <Icon name="check" className="size-4.5 shrink-0" />
      {short ? t("yes") : t("reviewed")}
    </span>
  ) : (
    <span className="text-sm whitespace-nowrap text-slate-600">{t("notYet")}</span>
  );
}

export type PartsWords = PageWords<"counsellor.parts">;

/** "1 flag", "3 flags", "None". */
export function flagCountText(count: number, t: PartsWords): string {
  if (count === 0) return t("none");
  return t("flagCount", { count });
}

/** "60 results", "1 result"; "more than 10,000 results" for a count that stopped at its limit. */
export function resultsText(count: number, t: PartsWords, atLeast = false): string {
  const shown = count.toLocaleString("en-IN");
  return atLeast ? t("moreThan", { shown }) : t("results", { count, shown });
}

/** "88 /100": a part score says what it is out of (the overall has its own, larger mark). */
export function PartScore({ value }: { value: number }) {
  const t = useTranslations("counsellor.columns");
  return (
    <>
      {formatScore(value)}
      <span className="text-xs font-normal text-slate-600">{t("outOf")}</span>
    </>
  );
}

/** The exact degree the person picked ("B.Com"); the background it counts as for older answers without one. */
export function rowBackground(row: Pick<ResultRow, "degree" | "background">, names: Namers): string {
  return row.degree ? names.degree(row.degree) : names.background(row.background);
}
