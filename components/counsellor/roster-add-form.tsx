"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState, type ChangeEvent, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { RosterAdded } from "@/lib/counsellor/api-client";
import { useAddToRoster } from "@/lib/counsellor/hooks/use-roster";
import { parseRosterText } from "@/lib/roster/parse";
import { addRosterSchema, MAX_ROSTER_TEXT, type AddRosterInput } from "@/lib/validations/roster";
import { FieldError, InlineAlert, fieldInputClass, primaryButtonClass, useCohortsIssue } from "./cohorts-fields";
import { useRosterProblem } from "./roster-fields";

export type RosterAddFormProps = { cohortId: string };

/** Names typed or pasted one a line, or read from a CSV file into the same box to check before adding. */
export function RosterAddForm({ cohortId }: RosterAddFormProps) {
  const id = useId();
  const t = useTranslations("cohorts.roster");
  const issue = useCohortsIssue();
  const rosterProblem = useRosterProblem(cohortId);
  const add = useAddToRoster(cohortId);
  const [problem, setProblem] = useState<ReactNode>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Omit<RosterAdded, "roster"> | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    reset,
    control,
    formState: { errors },
  } = useForm<AddRosterInput>({ resolver: zodResolver(addRosterSchema), defaultValues: { text: "" } });
  const text = useWatch({ control, name: "text" });
  const ready = text ? parseRosterText(text).length : 0;

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileNote(null);
    if (!file) return;
    if (file.size > MAX_ROSTER_TEXT) {
      setFileNote(t("fileTooLarge"));
      return;
    }
    try {
      setValue("text", await file.text(), { shouldValidate: false });
      setFileNote(t("fileRead", { name: file.name }));
    } catch {
      setFileNote(t("fileUnreadable"));
    }
  }

  async function submit(values: AddRosterInput) {
    setProblem(null);
    setOutcome(null);
    try {
      const { roster: _roster, ...result } = await add.mutateAsync(values.text);
      setOutcome(result);
      setFileNote(null);
      reset({ text: "" });
    } catch (error) {
      const found = rosterProblem(error);
      if (found.fields.text) setError("text", { message: found.fields.text }, { shouldFocus: true });
      setProblem(found.form);
    }
  }

  const busy = add.isPending;
  const error = errors.text?.message ? issue(errors.text.message) : undefined;
  const textId = `${id}-text`;
  const fileId = `${id}-file`;

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-bold tracking-tight text-slate-900">
        {t("addHeading")}
      </h2>
      <p className="mt-1 leading-relaxed text-pretty text-slate-700">{t("addLead")}</p>
      <ul id={`${id}-formats`} aria-label={t("formatsLabel")} className="mt-2 space-y-1 text-sm text-slate-700">
        {[t("formatName"), t("formatComma"), t("formatTab")].map((format) => (
          <li key={format} className="w-fit max-w-full rounded-md bg-slate-100 px-2 py-0.5 font-mono break-words">
            {format}
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={busy ? (event) => event.preventDefault() : handleSubmit(submit)} className="mt-4 space-y-4">
        <div>
          <label htmlFor={textId} className="block font-semibold text-slate-900">
            {t("textLabel")}
          </label>
          <p id={`${textId}-hint`} className="mt-1 text-sm leading-relaxed text-slate-600">
            {t("textHint")}
          </p>
          {error ? (
            <FieldError id={`${textId}-error`}>
              <span className="whitespace-pre-line">{error}</span>
            </FieldError>
          ) : null}
          <textarea
            id={textId}
            rows={6}
            {...register("text")}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${textId}-hint`, `${id}-formats`, error ? `${textId}-error` : null].filter(Boolean).join(" ")}
            spellCheck={false}
            className={`${fieldInputClass} mt-2 font-mono text-sm`}
          />
          <p aria-live="polite" className="mt-1 text-sm text-slate-600 empty:hidden">
            {ready > 0 ? t("ready", { count: ready }) : ""}
          </p>
        </div>
        <div>
          <label htmlFor={fileId} className="block font-semibold text-slate-900">
            {t("fileLabel")}
          </label>
          <p id={`${fileId}-hint`} className="mt-1 text-sm leading-relaxed text-slate-600">
            {t("fileHint")}
          </p>
          <input
            id={fileId}
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => void readFile(event)}
            className="mt-2 block w-full min-w-0 text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-500 file:bg-white file:px-4 file:font-semibold file:text-slate-900"
          />
          <p role="status" className="mt-1 text-sm font-medium text-slate-700 empty:hidden">
            {fileNote ?? ""}
          </p>
        </div>
        <button type="submit" aria-disabled={busy || undefined} className={`${primaryButtonClass} w-full sm:w-auto`}>
          {busy ? t("adding") : t("add")}
        </button>
        <InlineAlert>{problem}</InlineAlert>
      </form>
      <div role="status" className="empty:hidden">
        {outcome ? (
          <div className="mt-4 rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm leading-relaxed text-slate-900">
            <p className="font-semibold">{t("added", { count: outcome.added })}</p>
            {outcome.duplicates.length > 0 ? (
              <>
                <p className="mt-1">{t("duplicates", { count: outcome.duplicates.length })}</p>
                <ul className="mt-1 list-disc pl-5">
                  {outcome.duplicates.map((duplicate) => (
                    <li key={`${duplicate.line}`} className="break-words">
                      {duplicate.name}
                      {duplicate.rollNumber ? ` (${duplicate.rollNumber})` : ""}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
