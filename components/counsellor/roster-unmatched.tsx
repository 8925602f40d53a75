"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { RosterJson } from "@/lib/counsellor/api-client";
import { useLinkShare } from "@/lib/counsellor/hooks/use-roster";
import { FieldError, InlineAlert, secondaryButtonClass } from "./cohorts-fields";
import { selectClass, useRosterProblem } from "./roster-fields";

type Share = RosterJson["unmatched"][number];
type Entry = RosterJson["entries"][number];

type UnmatchedItemProps = { cohortId: string; share: Share; entries: Entry[]; score: string; onDone: (message: string) => void };

function UnmatchedItem({ cohortId, share, entries, score, onDone }: UnmatchedItemProps) {
  const id = useId();
  const t = useTranslations("cohorts.roster");
  const rosterProblem = useRosterProblem(cohortId);
  const link = useLinkShare(cohortId);
  const [choice, setChoice] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReactNode>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (link.isPending) return;
    setProblem(null);
    if (!choice) {
      setFieldError(t("linkEntryRequired"));
      return;
    }
    setFieldError(null);
    try {
      await link.mutateAsync({ shareId: share.id, rosterEntryId: choice });
      onDone(t("linked", { displayName: share.displayName, name: entries.find((entry) => entry.id === choice)?.name ?? "" }));
    } catch (error) {
      const found = rosterProblem(error);
      if (found.fields.rosterEntryId) setFieldError(found.fields.rosterEntryId);
      setProblem(found.form);
    }
  }

  // Students without a result yet come first: they are who an unmatched result most likely belongs to.
  const candidates = [...entries.filter((entry) => entry.status !== "shared"), ...entries.filter((entry) => entry.status === "shared")];
  const selectId = `${id}-entry`;
  return (
    <li data-unmatched-share={share.id} className="border-b border-slate-200 py-4 last:border-b-0">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <p className="font-semibold break-words text-slate-900">{t("sharedAs", { name: share.displayName })}</p>
        <span className="text-sm font-semibold text-slate-700">{score}</span>
        <Link
          href={`/counsellor/results/${encodeURIComponent(share.id)}`}
          className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800"
        >
          {t("openResult")} <span className="sr-only">{t("openResultOf", { name: share.displayName })}</span>
        </Link>
      </div>
      <form noValidate onSubmit={(event) => void submit(event)} className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor={selectId} className="block text-sm font-semibold text-slate-900">
            {t("linkLabel", { name: share.displayName })}
          </label>
          {fieldError ? <FieldError id={`${selectId}-error`}>{fieldError}</FieldError> : null}
          <select
            id={selectId}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${selectId}-error` : undefined}
            className={`${selectClass} mt-1`}
          >
            <option value="">{t("linkChoose")}</option>
            {candidates.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
                {entry.rollNumber ? ` (${entry.rollNumber})` : ""}
                {entry.status === "shared" ? ` · ${t("status.shared")}` : ""}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" aria-disabled={link.isPending || undefined} className={secondaryButtonClass}>
          {t("link")}
        </button>
      </form>
      <InlineAlert>{problem}</InlineAlert>
    </li>
  );
}

export type RosterUnmatchedProps = {
  cohortId: string;
  roster: RosterJson;
  /** The fit bands' names by id, in the page's language. */
  bandLabels: Record<string, string>;
  onDone: (message: string) => void;
};

/** Results shared with the cohort that no roster name is matched to, each with a way to match it. */
export function RosterUnmatched({ cohortId, roster, bandLabels, onDone }: RosterUnmatchedProps) {
  const id = useId();
  const t = useTranslations("cohorts.roster");
  const score = (share: Share) => t("score", { score: share.overallScore, band: bandLabels[share.band] ?? share.band });
  if (roster.unmatched.length === 0 && roster.entries.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-bold tracking-tight text-slate-900">
        {t("unmatchedHeading")}
      </h2>
      {roster.unmatched.length === 0 ? (
        <p className="mt-1 leading-relaxed text-slate-700">{t("unmatchedNone")}</p>
      ) : (
        <>
          {roster.archived || roster.entries.length === 0 ? null : <p className="mt-1 leading-relaxed text-pretty text-slate-700">{t("unmatchedLead")}</p>}
          <ul className="mt-2">
            {roster.unmatched.map((share) =>
              roster.archived || roster.entries.length === 0 ? (
                <li key={share.id} className="border-b border-slate-200 py-3 last:border-b-0">
                  <span className="font-semibold break-words text-slate-900">{t("sharedAs", { name: share.displayName })}</span>{" "}
                  <span className="text-sm text-slate-700">{score(share)}</span>
                </li>
              ) : (
                <UnmatchedItem key={share.id} cohortId={cohortId} share={share} entries={roster.entries} score={score(share)} onDone={onDone} />
              ),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
