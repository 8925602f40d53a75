"use client";

import { Link } from "@/lib/i18n/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { RosterJson } from "@/lib/counsellor/api-client";
import { useLinkShare } from "@/lib/counsellor/hooks/use-roster";
import { rosterWords } from "@/lib/roster/words";
import { FieldError, InlineAlert, secondaryButtonClass } from "./cohorts-fields";
import { rosterProblem, selectClass } from "./roster-fields";
import { bandLabel } from "@/lib/cohorts/signals";

type Share = RosterJson["unmatched"][number];
type Entry = RosterJson["entries"][number];

function UnmatchedItem({ cohortId, share, entries, onDone }: { cohortId: string; share: Share; entries: Entry[]; onDone: (message: string) => void }) {
  const id = useId();
  const link = useLinkShare(cohortId);
  const [choice, setChoice] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReactNode>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (link.isPending) return;
    setProblem(null);
    if (!choice) {
      setFieldError(rosterWords.linkEntryRequired);
      return;
    }
    setFieldError(null);
    try {
      await link.mutateAsync({ shareId: share.id, rosterEntryId: choice });
      onDone(rosterWords.linked(share.displayName, entries.find((entry) => entry.id === choice)?.name ?? ""));
    } catch (error) {
      const found = rosterProblem(error, cohortId);
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
        <p className="font-semibold break-words text-slate-900">{rosterWords.sharedAs(share.displayName)}</p>
        <span className="text-sm font-semibold text-slate-700">{rosterWords.score(share.overallScore, bandLabel(share.band))}</span>
        <Link
          href={`/counsellor/results/${encodeURIComponent(share.id)}`}
          className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800"
        >
          {rosterWords.openResult} <span className="sr-only">{rosterWords.openResultOf(share.displayName)}</span>
        </Link>
      </div>
      <form noValidate onSubmit={(event) => void submit(event)} className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor={selectId} className="block text-sm font-semibold text-slate-900">
            {rosterWords.linkLabel(share.displayName)}
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
            <option value="">{rosterWords.linkChoose}</option>
            {candidates.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
                {entry.rollNumber ? ` (${entry.rollNumber})` : ""}
                {entry.status === "shared" ? ` · ${rosterWords.status.shared}` : ""}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" aria-disabled={link.isPending || undefined} className={secondaryButtonClass}>
          {rosterWords.link}
        </button>
      </form>
      <InlineAlert>{problem}</InlineAlert>
    </li>
  );
}

export type RosterUnmatchedProps = { cohortId: string; roster: RosterJson; onDone: (message: string) => void };

/** Results shared with the cohort that no roster name is matched to, each with a way to match it. */
export function RosterUnmatched({ cohortId, roster, onDone }: RosterUnmatchedProps) {
  const id = useId();
  if (roster.unmatched.length === 0 && roster.entries.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-bold tracking-tight text-slate-900">
        {rosterWords.unmatchedHeading}
      </h2>
      {roster.unmatched.length === 0 ? (
        <p className="mt-1 leading-relaxed text-slate-700">{rosterWords.unmatchedNone}</p>
      ) : (
        <>
          {roster.archived || roster.entries.length === 0 ? null : <p className="mt-1 leading-relaxed text-pretty text-slate-700">{rosterWords.unmatchedLead}</p>}
          <ul className="mt-2">
            {roster.unmatched.map((share) =>
              roster.archived || roster.entries.length === 0 ? (
                <li key={share.id} className="border-b border-slate-200 py-3 last:border-b-0">
                  <span className="font-semibold break-words text-slate-900">{rosterWords.sharedAs(share.displayName)}</span>{" "}
                  <span className="text-sm text-slate-700">{rosterWords.score(share.overallScore, bandLabel(share.band))}</span>
                </li>
              ) : (
                <UnmatchedItem key={share.id} cohortId={cohortId} share={share} entries={roster.entries} onDone={onDone} />
              ),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
