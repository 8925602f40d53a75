"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useForm, type UseFormRegisterReturn, type UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import { NOTE_MAX_LENGTH, noteBodySchema } from "@/lib/validations/note";
import { HIDDEN_CHARACTERS_MESSAGE } from "@/lib/validations/text";
import type { PageWords } from "@/lib/i18n/page-words";
import { Icon } from "@/components/ui/icon";
import { CounsellorApiError } from "@/lib/counsellor/api-client";

/** The count appears once a note gets this close to the limit. */
const COUNT_FROM = NOTE_MAX_LENGTH - 500;

export { NOTE_MAX_LENGTH };
const noteFormSchema = noteBodySchema;

export type NoteFormInput = z.input<typeof noteFormSchema>;
export type NoteFormValues = z.output<typeof noteFormSchema>;

export function useNoteForm(body: string) {
  return useForm<NoteFormInput, unknown, NoteFormValues>({ resolver: zodResolver(noteFormSchema), defaultValues: { body } });
}

/** Puts the server's complaint about the note's text next to the field; false when there was none. */
export function showFieldIssue(error: unknown, setError: UseFormSetError<NoteFormInput>): boolean {
  if (!(error instanceof CounsellorApiError) || error.status === 401 || error.status === 404) return false;
  const issue = error.issues.find((candidate) => candidate.path === "body" || candidate.path === "");
  if (!issue) return false;
  setError("body", { type: "server", message: issue.message }, { shouldFocus: true });
  return true;
}

type FieldWords = PageWords<"counsellor.notes.field">;

/**
 * A note's problem in the page's language. The rules (lib/validations/note.ts, the same on the
 * server) word their messages in English; each one is known here by its text.
 */
function noteProblem(message: string, t: FieldWords): string {
  const max = NOTE_MAX_LENGTH.toLocaleString("en-IN");
  const known: Record<string, string> = {
    "The note is empty.": t("empty"),
    "Write the note as text.": t("notText"),
    [`Keep a note to ${max} characters or fewer.`]: t("tooLong", { max }),
    [HIDDEN_CHARACTERS_MESSAGE]: t("hidden"),
  };
  return known[message] ?? message;
}

export const noteButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-xl px-4 py-2.5 text-center text-base font-semibold leading-tight transition-colors aria-disabled:cursor-progress aria-disabled:opacity-70";
export const noteSaveButton = `${noteButton} bg-brand-600 text-white hover:bg-brand-700 active:bg-brand-800`;
export const noteQuietButton = `${noteButton} border border-slate-400 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800`;

export type NoteFieldProps = {
  label: string;
  /** Shown under the label, read with the field. */
  hint?: ReactNode;
  /** Hide the label visually (it is still the field's name). */
  hideLabel?: boolean;
  value: string;
  error?: string;
  registration: UseFormRegisterReturn<"body">;
  /** While saving, the text can be read and copied but not changed. */
  readOnly: boolean;
  rows?: number;
};

/** A note's text box, with a count once the note gets near the limit and its error under it. */
export function NoteField({ label, hint, hideLabel = false, value, error, registration, readOnly, rows = 4 }: NoteFieldProps) {
  const t = useTranslations("counsellor.notes.field");
  const id = useId();
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const length = value.trim().length;
  const showCount = length >= COUNT_FROM;
  const over = length - NOTE_MAX_LENGTH;
  const describedBy = [hint ? hintId : null, showCount ? countId : null, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <div>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block font-semibold text-slate-900"}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm leading-relaxed text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={[
          "block min-h-28 w-full min-w-0 resize-y rounded-xl border border-slate-500 bg-white px-4 py-3 text-base leading-relaxed text-slate-900 read-only:bg-slate-50 read-only:text-slate-700 aria-invalid:border-red-700 aria-invalid:shadow-[inset_0_0_0_1px_var(--color-red-700)]",
          hideLabel ? "" : "mt-2",
        ].join(" ")}
        {...registration}
      />
      {error || showCount ? (
        <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          {error ? (
            <p id={errorId} className="flex items-start gap-1.5 text-sm font-semibold text-red-700">
              <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
              <span className="sr-only">{t("error")}</span>
              <span>{noteProblem(error, t)}</span>
            </p>
          ) : (
            <span />
          )}
          {showCount ? (
            <p id={countId} className={["text-sm tabular-nums sm:shrink-0", over > 0 ? "font-semibold text-red-700" : "text-slate-600"].join(" ")}>
              {over > 0
                ? t("over", { count: over.toLocaleString("en-IN"), over })
                : t("left", { left: (-over).toLocaleString("en-IN"), max: NOTE_MAX_LENGTH.toLocaleString("en-IN") })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
