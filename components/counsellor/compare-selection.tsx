"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useCallback, useId, useMemo, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { COMPARE_MAX, COMPARE_MIN } from "@/lib/counsellor/compare-words";
import { compareIdsParam } from "@/lib/validations/compare-ids";

export type CompareCandidate = { id: string; displayName: string };

export type CompareSelection = {
  selected: CompareCandidate[];
  isSelected: (id: string) => boolean;
  toggle: (candidate: CompareCandidate) => void;
  clear: () => void;
};

/**
 * The students ticked for comparison, in the order they were ticked. Kept while the counsellor
 * pages, sorts and filters, so students from different pages can be compared.
 */
export function useCompareSelection(): CompareSelection {
  const [selected, setSelected] = useState<CompareCandidate[]>([]);
  const toggle = useCallback(
    (candidate: CompareCandidate) =>
      setSelected((current) =>
        current.some((one) => one.id === candidate.id) ? current.filter((one) => one.id !== candidate.id) : [...current, candidate],
      ),
    [],
  );
  const clear = useCallback(() => setSelected([]), []);
  return useMemo(
    () => ({ selected, isSelected: (id: string) => selected.some((one) => one.id === id), toggle, clear }),
    [selected, toggle, clear],
  );
}

export const compareHref = (ids: readonly string[]) => `/counsellor/compare?ids=${compareIdsParam(ids)}`;

export type CompareCheckboxProps = {
  candidate: CompareCandidate;
  selection: CompareSelection;
  /** The card's checkbox says what it does; the table's column header says it once for all. */
  visibleText?: boolean;
};

/** A checkbox named for its student ("Select Priya Nair to compare"). */
export function CompareCheckbox({ candidate, selection, visibleText = false }: CompareCheckboxProps) {
  const t = useTranslations("counsellor.compare.select");
  const words = t("checkbox", { name: candidate.displayName });
  return (
    <label className="relative z-10 inline-flex min-h-11 min-w-11 cursor-pointer items-center gap-2 text-sm font-semibold text-slate-800">
      <input
        type="checkbox"
        className="size-5 shrink-0 cursor-pointer accent-brand-700"
        checked={selection.isSelected(candidate.id)}
        onChange={() => selection.toggle(candidate)}
      />
      {/* "Compare" on a card, where there is room; the name, with the student's name, in both. */}
      {visibleText ? <span aria-hidden="true">{t("visible")}</span> : null}
      <span className="sr-only">{words}</span>
    </label>
  );
}

const actionBase =
  "inline-flex min-h-11 shrink-0 items-center justify-center gap-2 rounded-xl px-3.5 py-2 text-base font-semibold leading-tight transition-colors";

/** What the selection allows: "Compare (n)" for 2–4 students, and why not otherwise. */
export function CompareBar({ selection }: { selection: CompareSelection }) {
  const hintId = useId();
  const count = selection.selected.length;
  const ready = count >= COMPARE_MIN && count <= COMPARE_MAX;
  const t = useTranslations("counsellor.compare.select");
  const limits = { min: String(COMPARE_MIN), max: String(COMPARE_MAX) };
  const hint =
    count === 0
      ? t("hintNone", limits)
      : count < COMPARE_MIN
        ? t("hintOne")
        : count > COMPARE_MAX
          ? t("tooMany", { count: String(count), max: limits.max, extra: String(count - COMPARE_MAX) })
          : t("ready", { count: String(count) });
  const action = t("action", { count: String(count) });

  return (
    <section
      aria-label={t("regionLabel")}
      className={[
        "print-hidden rounded-2xl border px-4 py-3",
        count > 0 ? "sticky bottom-2 z-20 border-brand-300 bg-white shadow-lg" : "border-slate-200 bg-slate-50",
      ].join(" ")}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          {/* Announced politely; not role="status", which the dashboard's result count already is. */}
          <p id={hintId} aria-live="polite" className={`text-sm leading-relaxed ${count > COMPARE_MAX ? "font-semibold text-amber-900" : "text-slate-800"}`}>
            {count > COMPARE_MAX ? <Icon name="alert" className="mr-1.5 inline size-4 align-[-2px] text-amber-800" /> : null}
            {hint}
          </p>
          {count > 0 ? (
            <p className="text-sm break-words text-slate-600">{t("selectedNames", { names: selection.selected.map((one) => one.displayName).join(", ") })}</p>
          ) : null}
        </div>
        {count > 0 ? (
          <div className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
            <button
              type="button"
              onClick={selection.clear}
              aria-label={t("clearName")}
              className={`${actionBase} border border-slate-400 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50`}
            >
              {t("clear")}
            </button>
            {ready ? (
              <Link href={compareHref(selection.selected.map((one) => one.id))} className={`${actionBase} bg-brand-600 text-white hover:bg-brand-700`}>
                <Icon name="scale" className="size-5 shrink-0" />
                {action}
              </Link>
            ) : (
              <button type="button" disabled aria-describedby={hintId} className={`${actionBase} cursor-not-allowed bg-slate-200 text-slate-700`}>
                <Icon name="scale" className="size-5 shrink-0" />
                {action}
              </button>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
