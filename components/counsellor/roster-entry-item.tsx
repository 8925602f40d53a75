"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useId, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Icon, type IconName } from "@/components/ui/icon";
import type { RosterJson } from "@/lib/counsellor/api-client";
import { useDeleteRosterEntry, useLinkShare, useUpdateRosterEntry } from "@/lib/counsellor/hooks/use-roster";
import { rosterWords, type RosterStatus } from "@/lib/roster/words";
import { rosterNameSchema } from "@/lib/validations/roster";
import { CohortsConfirmDialog } from "./cohorts-confirm-dialog";
import { FieldError, InlineAlert, fieldInputClass, primaryButtonClass, secondaryButtonClass, useCohortsIssue } from "./cohorts-fields";
import { smallButtonClass, useRosterProblem } from "./roster-fields";

type Entry = RosterJson["entries"][number];

const entryFormSchema = z.object({ name: rosterNameSchema, rollNumber: z.string().trim().max(40, rosterWords.rollTooLong) });
type EntryForm = z.infer<typeof entryFormSchema>;

const statusLook: Record<RosterStatus, { icon: IconName; className: string }> = {
  shared: { icon: "check", className: "border-brand-300 bg-brand-50 text-brand-900" },
  started: { icon: "clock", className: "border-amber-300 bg-amber-50 text-amber-950" },
  invited: { icon: "people", className: "border-slate-300 bg-slate-50 text-slate-800" },
};

/** The status in words with an icon, never by colour alone. */
export function RosterStatusBadge({ status }: { status: RosterStatus }) {
  const t = useTranslations("cohorts.roster");
  const look = statusLook[status];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${look.className}`} title={t(`statusHint.${status}`)}>
      <Icon name={look.icon} className="size-4 shrink-0" />
      {t(`status.${status}`)}
    </span>
  );
}

function EditForm({ cohortId, entry, onDone }: { cohortId: string; entry: Entry; onDone: (message: string | null) => void }) {
  const id = useId();
  const t = useTranslations("cohorts.roster");
  const issue = useCohortsIssue();
  const rosterProblem = useRosterProblem(cohortId);
  const update = useUpdateRosterEntry(cohortId);
  const [problem, setProblem] = useState<ReactNode>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<EntryForm>({ resolver: zodResolver(entryFormSchema), defaultValues: { name: entry.name, rollNumber: entry.rollNumber ?? "" } });

  async function save(values: EntryForm) {
    setProblem(null);
    try {
      await update.mutateAsync({ entryId: entry.id, name: values.name, rollNumber: values.rollNumber || null });
      onDone(t("saved"));
    } catch (error) {
      const found = rosterProblem(error);
      if (found.fields.name) setError("name", { message: found.fields.name }, { shouldFocus: true });
      if (found.fields.rollNumber) setError("rollNumber", { message: found.fields.rollNumber });
      setProblem(found.form);
    }
  }

  const busy = update.isPending;
  return (
    <form
      noValidate
      onSubmit={busy ? (event) => event.preventDefault() : handleSubmit(save)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !busy) onDone(null);
      }}
      className="mt-3 grid gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2"
    >
      <div className="min-w-0">
        <label htmlFor={`${id}-name`} className="block text-sm font-semibold text-slate-900">
          {t("nameLabel")}
        </label>
        {errors.name?.message ? <FieldError id={`${id}-name-error`}>{issue(errors.name.message)}</FieldError> : null}
        <input
          id={`${id}-name`}
          {...register("name")}
          autoComplete="off"
          autoFocus
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          className={`${fieldInputClass} mt-1`}
        />
      </div>
      <div className="min-w-0">
        <label htmlFor={`${id}-roll`} className="block text-sm font-semibold text-slate-900">
          {t("rollLabel")} <span className="font-normal text-slate-600">{t("optional")}</span>
        </label>
        {errors.rollNumber?.message ? <FieldError id={`${id}-roll-error`}>{issue(errors.rollNumber.message)}</FieldError> : null}
        <input
          id={`${id}-roll`}
          {...register("rollNumber")}
          autoComplete="off"
          aria-invalid={errors.rollNumber ? true : undefined}
          aria-describedby={errors.rollNumber ? `${id}-roll-error` : undefined}
          className={`${fieldInputClass} mt-1`}
        />
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" aria-disabled={busy || undefined} className={`${primaryButtonClass} flex-1 sm:flex-none`}>
          {busy ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={() => onDone(null)} className={`${secondaryButtonClass} flex-1 sm:flex-none`}>
          {t("cancel")}
        </button>
      </div>
      <div className="sm:col-span-2">
        <InlineAlert>{problem}</InlineAlert>
      </div>
    </form>
  );
}

export type RosterEntryItemProps = {
  cohortId: string;
  entry: Entry;
  readOnly: boolean;
  /** The fit bands' names by id, in the page's language. */
  bandLabels: Record<string, string>;
  onDone: (message: string) => void;
};

/** One student on the roster: name, roll number, status, their result when shared, and edit and remove. */
export function RosterEntryItem({ cohortId, entry, readOnly, bandLabels, onDone }: RosterEntryItemProps) {
  const t = useTranslations("cohorts.roster");
  const rosterProblem = useRosterProblem(cohortId);
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<ReactNode>(null);
  const remove = useDeleteRosterEntry(cohortId);
  const link = useLinkShare(cohortId);

  async function destroy() {
    setProblem(null);
    try {
      await remove.mutateAsync(entry.id);
      setAsking(false);
      onDone(t("removed", { name: entry.name }));
    } catch (error) {
      setProblem(rosterProblem(error).form ?? t("failed"));
    }
  }

  async function unlink(shareId: string) {
    setProblem(null);
    try {
      await link.mutateAsync({ shareId, rosterEntryId: null });
      onDone(t("unlinked", { name: entry.name }));
    } catch (error) {
      setProblem(rosterProblem(error).form ?? t("failed"));
    }
  }

  return (
    <li data-roster-entry={entry.id} data-status={entry.status} className="border-b border-slate-200 py-4 last:border-b-0">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <p className="font-semibold break-words text-slate-900">{entry.name}</p>
          {entry.rollNumber ? <p className="text-sm break-words text-slate-600">{t("rollNumber", { roll: entry.rollNumber })}</p> : null}
        </div>
        <RosterStatusBadge status={entry.status} />
      </div>
      {entry.share ? (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
          <span className="font-semibold text-slate-900">{t("score", { score: entry.share.overallScore, band: bandLabels[entry.share.band] ?? entry.share.band })}</span>
          {entry.share.displayName !== entry.name ? <span className="break-words">{t("sharedAs", { name: entry.share.displayName })}</span> : null}
          <Link
            href={`/counsellor/results/${encodeURIComponent(entry.share.id)}`}
            className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800"
          >
            {t("openResult")} <span className="sr-only">{t("openResultOf", { name: entry.name })}</span>
            <Icon name="arrowRight" className="size-4 shrink-0" />
          </Link>
        </div>
      ) : null}
      {readOnly ? null : editing ? (
        <EditForm
          cohortId={cohortId}
          entry={entry}
          onDone={(message) => {
            setEditing(false);
            if (message) onDone(message);
          }}
        />
      ) : (
        <div className="mt-1 flex flex-wrap gap-x-2">
          <button type="button" onClick={() => setEditing(true)} className={`${smallButtonClass} -ml-2`}>
            <Icon name="pencil" className="size-4 shrink-0" />
            {t("rename")} <span className="sr-only">{t("renameOf", { name: entry.name })}</span>
          </button>
          {entry.share ? (
            <button type="button" onClick={() => void unlink(entry.share!.id)} aria-disabled={link.isPending || undefined} className={smallButtonClass}>
              <Icon name="link" className="size-4 shrink-0" />
              {t("unlink")} <span className="sr-only">{t("unlinkOf", { name: entry.name })}</span>
            </button>
          ) : null}
          <button type="button" onClick={() => setAsking(true)} className={`${smallButtonClass} text-red-800 hover:bg-red-50 hover:text-red-900`}>
            <Icon name="trash" className="size-4 shrink-0" />
            {t("remove")} <span className="sr-only">{t("removeOf", { name: entry.name })}</span>
          </button>
        </div>
      )}
      {asking ? null : <InlineAlert>{problem}</InlineAlert>}
      <CohortsConfirmDialog
        open={asking}
        title={t("removeTitle", { name: entry.name })}
        confirmLabel={t("remove")}
        pendingLabel={t("saving")}
        cancelLabel={t("cancel")}
        pending={remove.isPending}
        danger
        problem={asking ? problem : null}
        onConfirm={() => void destroy()}
        onClose={() => {
          setAsking(false);
          setProblem(null);
        }}
      >
        <p>{t("removeConfirm", { name: entry.name })}</p>
      </CohortsConfirmDialog>
    </li>
  );
}
