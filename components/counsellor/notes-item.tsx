"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useWatch } from "react-hook-form";
import { Icon } from "@/components/ui/icon";
import type { NoteView } from "@/lib/counsellor/api-client";
import { useDeleteNote, useUpdateNote } from "@/lib/counsellor/hooks/use-notes";
import { NoteField, noteQuietButton, noteSaveButton, showFieldIssue, useNoteForm } from "./notes-form";
import { ResultProblem } from "./result-problem";
import { ResultTime } from "./result-time";

/** Saving a new note stamps both times within a moment of each other; a real edit comes later. */
const EDITED_AFTER_MS = 1_000;

const wasEdited = (note: NoteView) => Date.parse(note.updatedAt) - Date.parse(note.createdAt) > EDITED_AFTER_MS;

const dangerSolid =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-xl bg-red-700 px-4 py-2.5 text-center text-base font-semibold leading-tight text-white transition-colors hover:bg-red-800 aria-disabled:cursor-progress aria-disabled:opacity-70";
const smallAction =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2.5 font-semibold underline-offset-4 transition-colors hover:underline";

export type NoteItemProps = {
  shareId: string;
  note: NoteView;
  /** Says what happened through the panel's live region. */
  announce: (message: string) => void;
  /** Called once the note is deleted (the item is about to disappear). */
  onDeleted: () => void;
};

type Mode = "view" | "edit" | "confirm-delete";

/** One private note: read it, change it in place, or delete it after a second press. */
export function NoteItem({ shareId, note, announce, onDeleted }: NoteItemProps) {
  const t = useTranslations("counsellor.notes");
  const [mode, setMode] = useState<Mode>("view");
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<"edit" | "delete" | null>(null);
  const metaId = useId();

  // Focus goes back to the button that opened the editor or the question, once it is there again.
  useEffect(() => {
    if (mode !== "view" || !returnFocus.current) return;
    (returnFocus.current === "edit" ? editRef : deleteRef).current?.focus();
    returnFocus.current = null;
  }, [mode]);

  const backToView = (focus: "edit" | "delete") => {
    returnFocus.current = focus;
    setMode("view");
  };

  return (
    <li className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5" data-note-id={note.id}>
      <p id={metaId} className="text-sm leading-relaxed text-slate-600">
        {t.rich("written", { when: () => <ResultTime iso={note.createdAt} /> })}
        {wasEdited(note) ? (
          <>
            {" "}
            {t.rich("edited", { when: () => <ResultTime iso={note.updatedAt} /> })}
          </>
        ) : null}
      </p>

      {mode === "edit" ? (
        <NoteEditForm
          shareId={shareId}
          note={note}
          onDone={(message) => {
            if (message) announce(message);
            backToView("edit");
          }}
        />
      ) : (
        <>
          <p className="mt-2 leading-relaxed whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]">{note.body}</p>
          {mode === "confirm-delete" ? (
            <DeleteConfirm
              shareId={shareId}
              noteId={note.id}
              onCancel={() => backToView("delete")}
              onDeleted={() => {
                announce(t("deleted"));
                onDeleted();
              }}
            />
          ) : (
            <div className="-mx-2.5 mt-2 flex flex-wrap gap-x-2">
              <button
                ref={editRef}
                type="button"
                onClick={() => setMode("edit")}
                aria-describedby={metaId}
                className={`${smallAction} text-brand-700 hover:text-brand-800`}
              >
                <Icon name="pencil" className="size-4.5 shrink-0" />
                {t.rich("edit", { hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
              </button>
              <button
                ref={deleteRef}
                type="button"
                onClick={() => setMode("confirm-delete")}
                aria-describedby={metaId}
                className={`${smallAction} text-red-800 hover:text-red-900`}
              >
                <Icon name="trash" className="size-4.5 shrink-0" />
                {t.rich("delete", { hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

function NoteEditForm({ shareId, note, onDone }: { shareId: string; note: NoteView; onDone: (message: string | null) => void }) {
  const t = useTranslations("counsellor.notes");
  const updateNote = useUpdateNote(shareId);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    control,
    formState: { errors },
  } = useNoteForm(note.body);
  const body = useWatch({ control, name: "body" }) ?? "";
  const pending = updateNote.isPending;

  useEffect(() => setFocus("body"), [setFocus]);

  const save = handleSubmit(async (values) => {
    if (values.body === note.body.trim()) {
      onDone(null);
      return;
    }
    setFailure(null);
    try {
      await updateNote.mutateAsync({ noteId: note.id, body: values.body });
      onDone(t("updated"));
    } catch (error) {
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
    <form noValidate onSubmit={onSubmit} className="mt-3 space-y-3">
      <NoteField
        label={t("editLabel")}
        hideLabel
        value={body}
        error={errors.body?.message}
        registration={register("body")}
        readOnly={pending}
        rows={5}
      />
      {failure ? <ResultProblem error={failure} subject="note" shareId={shareId} /> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" aria-disabled={pending || undefined} className={noteSaveButton}>
          {pending ? t("saving") : t("saveChanges")}
        </button>
        <button
          type="button"
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) onDone(null);
          }}
          className={noteQuietButton}
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function DeleteConfirm({
  shareId,
  noteId,
  onCancel,
  onDeleted,
}: {
  shareId: string;
  noteId: string;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const t = useTranslations("counsellor.notes");
  const deleteNote = useDeleteNote(shareId);
  const keepRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const pending = deleteNote.isPending;

  useEffect(() => keepRef.current?.focus(), []);

  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="mt-3 rounded-xl border border-red-300 bg-red-50 p-4"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !pending) onCancel();
      }}
    >
      <p id={questionId} className="font-semibold text-red-900">
        {t("confirmDelete")}
      </p>
      {deleteNote.isError ? (
        <div className="mt-3">
          <ResultProblem error={deleteNote.error} subject="note" shareId={shareId} />
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          aria-disabled={pending || undefined}
          onClick={() => {
            if (pending) return;
            // Awaited rather than an onSuccess option, which would not run once the item has left the
            // list; a failure shows from the mutation's own error.
            deleteNote.mutateAsync(noteId).then(onDeleted, () => {});
          }}
          className={dangerSolid}
        >
          <Icon name="trash" className="size-5 shrink-0" />
          {pending ? t("deleting") : t("deleteNote")}
        </button>
        <button
          ref={keepRef}
          type="button"
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) onCancel();
          }}
          className={noteQuietButton}
        >
          {t("keep")}
        </button>
      </div>
    </div>
  );
}
