"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { BACKGROUND_IDS, BAND_IDS, FLAG_ORDER } from "@/lib/shares/figures";
import { ATTEMPT_VIEWS, DATE_MESSAGES, FILTER_KEYS, resultFiltersSchema, type ResultFilters } from "@/lib/counsellor/filters";
import { useProfileNames } from "./profile-names";

export interface CohortOption {
  id: string;
  name: string;
}

export type ResultFiltersPanelProps = {
  filters: ResultFilters;
  cohorts: CohortOption[];
  onChange: (filters: ResultFilters) => void;
};

/** How many filters are set, the name search included. */
export function activeFilterCount(filters: ResultFilters): number {
  return FILTER_KEYS.filter((key) => filters[key] !== undefined && filters[key] !== "").length;
}

const SEARCH_DELAY_MS = 300;

export const fieldLabel = "block text-sm font-semibold text-slate-900";
export const controlBase =
  "block min-h-11 min-w-0 rounded-lg border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-brand-700 aria-invalid:border-red-700 aria-invalid:shadow-[inset_0_0_0_1px_var(--color-red-700)]";
export const fieldControl = `mt-1.5 w-full ${controlBase}`;
export const smallButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-xl border border-slate-500 bg-white px-4 py-2 text-base font-semibold text-slate-900 transition-colors hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 aria-disabled:hover:border-slate-500 aria-disabled:hover:bg-white aria-disabled:hover:text-slate-900";

/**
 * The filters shared by the results table and the analytics. Selects apply at once; the name
 * search waits for a pause in typing; a date range that runs backwards is pointed out and not
 * applied. On phones everything but the search folds into a "Filters" disclosure so the list
 * stays one scroll away.
 */
export function ResultFiltersPanel({ filters, cohorts, onChange }: ResultFiltersPanelProps) {
  const t = useTranslations("counsellor.filters");
  const names = useProfileNames();
  const id = useId();
  const [open, setOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  // The search box and the dates keep what is being typed; they follow the URL when it changes
  // from elsewhere (Clear filters, the back button).
  const [query, setQuery] = useState(filters.q ?? "");
  const [dates, setDates] = useState({ from: filters.from ?? "", to: filters.to ?? "" });
  const [seen, setSeen] = useState({ q: filters.q, from: filters.from, to: filters.to });
  if (seen.q !== filters.q || seen.from !== filters.from || seen.to !== filters.to) {
    setSeen({ q: filters.q, from: filters.from, to: filters.to });
    if ((filters.q ?? "") !== query.trim()) setQuery(filters.q ?? "");
    setDates({ from: filters.from ?? "", to: filters.to ?? "" });
  }

  useEffect(() => {
    const next = query.trim() || undefined;
    if (next === filters.q) return;
    const timer = window.setTimeout(() => onChange({ ...filters, q: next }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, filters, onChange]);

  const datesCheck = resultFiltersSchema.safeParse({ from: dates.from, to: dates.to });
  const dateMessage = datesCheck.success ? null : datesCheck.error.issues[0]?.message;
  // The rules word their messages in English (the API's); the form says each in the page's language.
  const dateKey = (Object.keys(DATE_MESSAGES) as (keyof typeof DATE_MESSAGES)[]).find((key) => DATE_MESSAGES[key] === dateMessage);
  const dateError = datesCheck.success ? null : t(dateKey ?? "checkDates");

  const set = (key: keyof ResultFilters, value: string) => onChange({ ...filters, [key]: value || undefined });

  const setDate = (key: "from" | "to", value: string) => {
    const next = { ...dates, [key]: value };
    setDates(next);
    if (resultFiltersSchema.safeParse(next).success) onChange({ ...filters, from: next.from || undefined, to: next.to || undefined });
  };

  const clear = () => {
    setQuery("");
    setDates({ from: "", to: "" });
    onChange({});
    // The button goes away with the filters; the search box is a sensible place to land.
    searchRef.current?.focus();
  };

  const folded = activeFilterCount({ ...filters, q: undefined });
  const total = activeFilterCount(filters);
  const panelId = `${id}-panel`;
  const errorId = `${id}-dates-error`;

  const clearButton =
    total || dateError ? (
      <button type="button" className={smallButton} onClick={clear}>
        {t("clear")}
      </button>
    ) : null;

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:p-5">
      <div className="mb-4 hidden min-h-11 items-center justify-between gap-4 md:flex">
        <h2 id={`${id}-title`} className="text-base font-bold text-slate-900">
          {t("title")}
          {total ? <span className="font-semibold text-slate-600"> {t("on", { count: total })}</span> : null}
        </h2>
        {clearButton}
      </div>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
        <div className="min-w-0">
          <label htmlFor={`${id}-q`} className={fieldLabel}>
            {t("search")}
          </label>
          <input
            ref={searchRef}
            id={`${id}-q`}
            type="search"
            inputMode="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            className={fieldControl}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        {/* Phones: the other filters fold away behind this button. */}
        <div className="flex flex-wrap items-center gap-2 md:hidden">
          <button
            type="button"
            className={smallButton}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            <Icon name="chevron" className={`size-5 shrink-0 transition-transform ${open ? "rotate-90" : ""}`} />
            {folded ? t("toggleCount", { count: String(folded) }) : t("toggle")}
          </button>
          {clearButton}
        </div>

        <div id={panelId} className={`${open ? "contents" : "hidden"} md:contents`}>
          <Select id={`${id}-cohort`} label={t("cohort")} value={filters.cohort} onChange={(value) => set("cohort", value)}>
            <option value="">{t("allCohorts")}</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </Select>
          <Select id={`${id}-band`} label={t("band")} value={filters.band} onChange={(value) => set("band", value)}>
            <option value="">{t("allBands")}</option>
            {BAND_IDS.map((band) => (
              <option key={band} value={band}>
                {names.band(band)}
              </option>
            ))}
          </Select>
          <Select id={`${id}-background`} label={t("background")} value={filters.background} onChange={(value) => set("background", value)}>
            <option value="">{t("allBackgrounds")}</option>
            {BACKGROUND_IDS.map((background) => (
              <option key={background} value={background}>
                {names.background(background)}
              </option>
            ))}
          </Select>
          <Select id={`${id}-flag`} label={t("flag")} value={filters.flag} onChange={(value) => set("flag", value)}>
            <option value="">{t("anyOrNone")}</option>
            <option value="any">{t("anyFlag")}</option>
            <option value="none">{t("noFlags")}</option>
            {FLAG_ORDER.map((trait) => (
              <option key={trait} value={trait}>
                {names.flag(trait)}
              </option>
            ))}
          </Select>
          <div>
            <label htmlFor={`${id}-from`} className={fieldLabel}>
              {t("from")}
            </label>
            <input
              id={`${id}-from`}
              type="date"
              className={fieldControl}
              value={dates.from}
              max={dates.to || undefined}
              onChange={(event) => setDate("from", event.currentTarget.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-to`} className={fieldLabel}>
              {t("to")}
            </label>
            <input
              id={`${id}-to`}
              type="date"
              className={fieldControl}
              value={dates.to}
              min={dates.from || undefined}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? errorId : undefined}
              onChange={(event) => setDate("to", event.currentTarget.value)}
            />
            {dateError ? (
              <p id={errorId} className="mt-2 flex items-start gap-1.5 text-sm font-semibold text-red-700">
                <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
                <span>{t("notApplied", { problem: dateError })}</span>
              </p>
            ) : null}
          </div>
          <Select id={`${id}-reviewed`} label={t("reviewed")} value={filters.reviewed} onChange={(value) => set("reviewed", value)}>
            <option value="">{t("reviewedAny")}</option>
            <option value="yes">{t("reviewedYes")}</option>
            <option value="no">{t("reviewedNo")}</option>
          </Select>
        </div>
      </div>
      {/* Not folded away on phones: it changes what every figure counts. */}
      <AttemptsSwitch
        id={`${id}-attempts`}
        value={filters.attempts ?? "latest"}
        onChange={(value) => onChange({ ...filters, attempts: value === "all" ? "all" : undefined })}
      />
    </section>
  );
}

/** "Latest attempt per student" (the default) or "Every attempt": two radio buttons, kept in the URL. */
function AttemptsSwitch({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const t = useTranslations("counsellor.attempts.switch");
  // The choice shows at once: the URL it is read from changes a moment after the click, and a
  // radio held only to it would flick back to the old choice in between.
  const [shown, setShown] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setShown(value);
  }
  return (
    <fieldset className="mt-4 min-w-0 border-t border-slate-200 pt-4" aria-describedby={`${id}-hint`}>
      <legend className={`${fieldLabel} float-left w-full`}>{t("legend")}</legend>
      <div className="clear-left flex flex-col gap-2 pt-1.5 sm:flex-row sm:flex-wrap sm:gap-3">
        {ATTEMPT_VIEWS.map((choice) => (
          <label
            key={choice}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2.5 rounded-lg border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-checked:text-brand-900"
          >
            <input
              type="radio"
              name={id}
              value={choice}
              checked={shown === choice}
              onChange={() => {
                setShown(choice);
                onChange(choice);
              }}
              className="size-4.5 shrink-0 accent-brand-700"
            />
            {t(choice)}
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="mt-2 text-sm text-pretty text-slate-600">
        {t("hint")}
      </p>
    </fieldset>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <select id={id} className={fieldControl} value={value ?? ""} onChange={(event) => onChange(event.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}
