"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { actionButton, dangerButton } from "@/components/report/action-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { fetchAssessment } from "@/lib/results/api";
import { compareHref, formatResultDate } from "@/lib/results/format";
import {
  getStorage,
  parseSavedResults,
  readSavedResultsRaw,
  removeSavedResult,
  subscribeToSavedResults,
  type SavedResult,
} from "@/lib/quiz/storage";
import { DeleteDialog, type DeleteTarget } from "./delete-dialog";
import { claimListedResult, needsClaim } from "@/lib/results/owner-claim";

type Availability = "checking" | "available" | "deleted" | "unknown";

const subscribeToNothing = () => () => {};

function formatScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * Every result this browser received, newest first, read from localStorage after hydration (the
 * server cannot know them). Each entry's report is checked once, so results deleted elsewhere
 * show as deleted. Two entries can be chosen for the comparison page. `bandLabels` (band id →
 * name) names the bands in the page's language; without it, or for a band it lacks, the name
 * saved with the entry shows.
 */
export function ResultsList({ bandLabels }: { bandLabels?: Record<string, string> } = {}) {
  const t = useTranslations("results.list");
  const locale = useLocale();
  const formatDate = (iso: string) => formatResultDate(iso, locale);
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const raw = useSyncExternalStore(subscribeToSavedResults, readSavedResultsRaw, () => null);
  const entries = useMemo(() => parseSavedResults(raw), [raw]);

  const [availability, setAvailability] = useState<Record<string, Availability>>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [deleteTarget, setDeleteTarget] = useState<DeleteTarget | null>(null);
  const [message, setMessage] = useState("");
  const [storageError, setStorageError] = useState<string | null>(null);
  const requested = useRef(new Set<string>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  // One look-up per entry, once: enough to mark results deleted elsewhere (at most 50).
  useEffect(() => {
    const controller = new AbortController();
    for (const entry of entries) {
      if (requested.current.has(entry.id)) continue;
      requested.current.add(entry.id);
      void fetchAssessment(entry.id, { signal: controller.signal }).then((outcome) => {
        if (controller.signal.aborted) {
          requested.current.delete(entry.id);
          return;
        }
        const state: Availability = outcome.kind === "found" ? "available" : outcome.kind === "missing" ? "deleted" : "unknown";
        setAvailability((previous) => ({ ...previous, [entry.id]: state }));
      });
    }
    return () => controller.abort();
  }, [entries]);

  // Results saved here before owner keys existed: claim each once, so they can be deleted here.
  useEffect(() => {
    for (const entry of entries) {
      if (!needsClaim(entry) || requested.current.has(`claim:${entry.id}`)) continue;
      requested.current.add(`claim:${entry.id}`);
      void claimListedResult(entry.id);
    }
  }, [entries]);

  const liveSelected = selected.filter((id) => entries.some((entry) => entry.id === id && availability[id] !== "deleted"));

  const toggle = (id: string, checked: boolean) => {
    setSelected((previous) => (checked ? [...previous.filter((other) => other !== id), id].slice(-2) : previous.filter((other) => other !== id)));
  };

  const remove = useCallback(
    (entry: SavedResult, label: string) => {
      const storage = getStorage();
      if (!storage || !removeSavedResult(storage, entry.id)) {
        setStorageError(t("storageBlocked"));
        return;
      }
      setStorageError(null);
      setSelected((previous) => previous.filter((id) => id !== entry.id));
      setMessage(entry.ownerKey ? t("removed", { label }) : t("removedNoKey", { label }));
      headingRef.current?.focus();
    },
    [t],
  );

  const onDeleted = (id: string) => {
    const entry = entries.find((candidate) => candidate.id === id);
    const storage = getStorage();
    if (storage) removeSavedResult(storage, id);
    setSelected((previous) => previous.filter((other) => other !== id));
    setAvailability((previous) => ({ ...previous, [id]: "deleted" }));
    setDeleteTarget(null);
    setMessage(entry ? t("deleted", { when: formatDate(entry.createdAt) }) : t("deletedUnknown"));
    openerRef.current = headingRef.current;
  };

  if (!hydrated) {
    return <p className="text-slate-600">{t("loading")}</p>;
  }

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const chosen = liveSelected.map((id) => byId.get(id)).filter((entry): entry is SavedResult => Boolean(entry));
  const [first, second] = [...chosen].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

  return (
    <div>
      <p role="status" className="sr-only">
        {message}
      </p>
      {message ? (
        <p className="mb-6 flex items-start gap-2.5 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 leading-relaxed text-slate-800">
          <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
          <span>{message}</span>
        </p>
      ) : null}
      {storageError ? (
        <p role="alert" className="mb-6 flex items-start gap-2.5 rounded-xl border border-red-300 bg-red-50 px-4 py-3 leading-relaxed text-red-900">
          <Icon name="alertCircle" className="mt-0.5 size-5 shrink-0 text-red-700" />
          <span>{storageError}</span>
        </p>
      ) : null}

      {entries.length === 0 ? (
        <section aria-labelledby="results-empty-title" className="rounded-2xl border border-slate-200 bg-white p-6 text-center sm:p-10">
          <Icon name="list" className="mx-auto size-10 text-brand-700" />
          <h2 id="results-empty-title" ref={headingRef} tabIndex={-1} className="mt-3 text-xl font-bold tracking-tight text-slate-900">
            {t("emptyTitle")}
          </h2>
          <p className="mx-auto mt-2 max-w-[50ch] leading-relaxed text-pretty text-slate-700">{t("emptyBody")}</p>
          <ButtonLink href="/assessment" className="mt-6">
            {t("takeAssessment")}
            <Icon name="arrowRight" className="size-5" />
          </ButtonLink>
        </section>
      ) : (
        <>
          <div className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5">
            <div aria-live="polite">
              {first && second ? (
                <Link
                  href={compareHref(first.id, second.id)}
                  className="inline-flex min-h-12 items-center justify-center gap-2 rounded-xl bg-brand-600 px-6 py-3 text-center text-base font-semibold leading-tight text-white transition-colors hover:bg-brand-700"
                >
                  <Icon name="scale" className="size-5 shrink-0" />
                  {t("compareChosen")}
                </Link>
              ) : (
                <p className="leading-relaxed text-slate-700">
                  <span className="font-semibold text-slate-900">{t("toCompare")}</span>{" "}
                  {chosen.length === 1 ? t("oneChosen") : t("noneChosen")}
                </p>
              )}
            </div>
            <ButtonLink href="/assessment" variant="secondary" className="shrink-0">
              <Icon name="refresh" className="size-5 shrink-0" />
              {t("retake")}
            </ButtonLink>
          </div>

          <h2 ref={headingRef} tabIndex={-1} className="sr-only">
            {t("heading", { count: entries.length })}
          </h2>
          <ol className="mt-6 space-y-4" aria-label={t("listLabel")}>
            {entries.map((entry) => {
              const when = formatDate(entry.createdAt);
              const label = t("resultLabel", { when });
              const state = availability[entry.id] ?? "checking";
              const deleted = state === "deleted";
              const previous = entry.previousId ? byId.get(entry.previousId) : undefined;
              const titleId = `result-${entry.id}-title`;
              const isChosen = liveSelected.includes(entry.id);
              return (
                <li
                  key={entry.id}
                  aria-labelledby={titleId}
                  data-result-id={entry.id}
                  className={[
                    "rounded-2xl border bg-white p-5 sm:p-6",
                    deleted ? "border-dashed border-slate-300" : isChosen ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-200",
                  ].join(" ")}
                >
                  <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0">
                      <h3 id={titleId} className="text-lg font-bold tracking-tight text-slate-900">
                        <time dateTime={entry.createdAt}>{when}</time>
                      </h3>
                      {deleted ? (
                        <p className="mt-1 flex items-center gap-2 font-semibold text-slate-700">
                          <Icon name="trash" className="size-4 shrink-0" />
                          {t("deletedNote")}
                        </p>
                      ) : (
                        <p className="mt-1 text-slate-700">
                          <span className="text-2xl font-bold text-slate-900">{formatScore(entry.overall)}</span>
                          <span className="text-slate-600"> / 100</span>
                          <span aria-hidden="true"> · </span>
                          <span className="font-semibold text-brand-800">{bandLabels?.[entry.band] ?? entry.bandLabel}</span>
                        </p>
                      )}
                      {entry.previousId ? (
                        <p className="mt-2 text-sm leading-relaxed text-slate-700">
                          <Icon name="refresh" className="mr-1.5 inline size-4 align-[-3px] text-brand-700" />
                          <span>{previous ? t("retakeOf", { when: formatDate(previous.createdAt) }) : t("retakeOfUnknown")}</span>{" "}
                          {previous && !deleted && availability[previous.id] !== "deleted" ? (
                            <Link
                              href={compareHref(previous.id, entry.id)}
                              className="inline-block py-2.5 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
                            >
                              {t("compareWithIt")}
                            </Link>
                          ) : null}
                        </p>
                      ) : null}
                    </div>
                    {deleted ? null : (
                      <label className="flex min-h-11 shrink-0 cursor-pointer items-center gap-3 rounded-xl border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:border-brand-700">
                        <input
                          type="checkbox"
                          className="size-5 accent-brand-600"
                          checked={isChosen}
                          onChange={(event) => toggle(entry.id, event.target.checked)}
                          aria-describedby={titleId}
                        />
                        {t("chooseToCompare")}
                      </label>
                    )}
                  </div>

                  <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
                    {deleted ? null : (
                      <ButtonLink href={`/report/${encodeURIComponent(entry.id)}`} aria-describedby={titleId} className="sm:px-5">
                        {t("openReport")}
                        <Icon name="arrowRight" className="size-5 shrink-0" />
                      </ButtonLink>
                    )}
                    <button type="button" className={actionButton} aria-describedby={titleId} onClick={() => remove(entry, label)}>
                      {t("removeFromList")}
                    </button>
                    {deleted || !entry.ownerKey ? null : (
                      <button
                        type="button"
                        className={dangerButton}
                        aria-describedby={titleId}
                        aria-haspopup="dialog"
                        onClick={(event) => {
                          openerRef.current = event.currentTarget;
                          setDeleteTarget({ id: entry.id, label, ownerKey: entry.ownerKey! });
                        }}
                      >
                        <Icon name="trash" className="size-5 shrink-0" />
                        {t("deleteResult")}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}

      <DeleteDialog
        target={deleteTarget}
        onDeleted={onDeleted}
        onClose={() => {
          setDeleteTarget(null);
          const opener = openerRef.current;
          if (opener?.isConnected) opener.focus();
          else headingRef.current?.focus();
        }}
      />
    </div>
  );
}
