"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { useWatch } from "react-hook-form";
import { Icon } from "@/components/ui/icon";
import type { NoteView } from "@/lib/counsellor/api-client";
import { useAddNote, useNotes } from "@/lib/counsellor/hooks/use-notes";
import { NoteField, noteSaveButton, showFieldIssue, useNoteForm } from "./notes-form";
import { NoteItem } from "./notes-item";
import { ResultProblem, problemMessage } from "./result-problem";

export type NotesPanelProps = {
  shareId: string;
  /** The notes as the server rendered them, newest first. */
  initialNotes: NoteView[];
};

/** The counsellor's private notes on one result: write, change and delete them. */
export function NotesPanel({ shareId, initialNotes }: NotesPanelProps) {
  const t = useTranslations("counsellor.notes");
  const tProblem = useTranslations("counsellor.problem");
  const locale = useLocale();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const notes = useNotes(shareId, initialNotes);
  // A counter as the key re-creates the text, so the same words said twice are read twice.
  const [announcement, setAnnouncement] = useState({ key: 0, text: "" });
  const announce = (text: string) => setAnnouncement((previous) => ({ key: previous.key + 1, text }));
  const list = notes.data ?? [];

  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold tracking-tight text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-2 flex items-start gap-2.5 text-sm leading-relaxed text-pretty text-slate-700">
        <Icon name="info" className="mt-0.5 size-4.5 shrink-0 text-brand-700" />
        <span>{t("private")}</span>
      </p>

      <AddNoteForm shareId={shareId} announce={announce} />

      {list.length ? (
        <ol aria-label={t("listLabel")} className="mt-6 space-y-3">
          {list.map((note) => (
            <NoteItem
              key={note.id}
              shareId={shareId}
              note={note}
              announce={announce}
              onDeleted={() => headingRef.current?.focus()}
            />
          ))}
        </ol>
      ) : notes.isError ? (
        <p role="alert" className="mt-6 text-sm leading-relaxed text-red-800">
          {problemMessage(notes.error, "result", tProblem, locale)}
        </p>
      ) : (
        <p className="mt-6 text-sm leading-relaxed text-slate-600">{t("empty")}</p>
      )}

      <p aria-live="polite" className="sr-only">
        <span key={announcement.key}>{announcement.text}</span>
      </p>
    </section>
  );
}

function AddNoteForm({ shareId, announce }: { shareId: string; announce: (message: string) => void }) {
  const t = useTranslations("counsellor.notes");
  const addNote = useAddNote(shareId);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors },
  } = useNoteForm("");
  const body = useWatch({ control, name: "body" }) ?? "";
  const pending = addNote.isPending;

  const save = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await addNote.mutateAsync(values.body);
      reset({ body: "" });
      announce(t("saved"));
    } catch (error) {
      // The text stays in the box: only a saved note clears it.
      if (!showFieldIssue(error, setError)) setFailure(error);
    }
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    void save(event);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="mt-5 space-y-3">
      <NoteField
        label={t("newNote")}
        value={body}
        error={errors.body?.message}
        registration={register("body")}
        readOnly={pending}
      />
      {failure ? <ResultProblem error={failure} subject="result" shareId={shareId} /> : null}
      <button type="submit" aria-disabled={pending || undefined} className={noteSaveButton}>
        {pending ? t("saving") : t("saveNote")}
      </button>
    </form>
  );
}
