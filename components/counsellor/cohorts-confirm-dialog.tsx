"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { InlineAlert, primaryButtonClass, secondaryButtonClass } from "./cohorts-fields";

export const dangerButtonClass =
  "inline-flex min-h-12 shrink-0 items-center justify-center gap-2 rounded-xl bg-red-700 px-6 py-3 text-center text-base font-semibold leading-tight text-white transition-colors hover:bg-red-800 active:bg-red-900 aria-disabled:cursor-progress aria-disabled:bg-slate-600";

export type CohortsConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  danger?: boolean;
  problem: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
};

/**
 * A confirmation in a native modal dialog, as the student's "Delete this result" does: the page
 * behind is inert (focus stays inside), the title and text label it, Escape or Cancel closes it
 * (except while the change is under way), focus starts on Cancel and returns to the opener.
 */
export function CohortsConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  pending,
  danger = false,
  problem,
  onConfirm,
  onClose,
}: CohortsConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // The confirm button was busy while the request ran; give focus back to it with the problem.
  useEffect(() => {
    if (problem && !pending) confirmRef.current?.focus();
  }, [problem, pending]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
      onClose={onClose}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-slate-200 bg-white p-0 text-slate-800 shadow-xl backdrop:bg-slate-900/60"
    >
      <div className="p-6 sm:p-7">
        <h2 id={`${id}-title`} className="text-xl font-bold tracking-tight break-words text-slate-900">
          {title}
        </h2>
        <div id={`${id}-text`} className="mt-3 leading-relaxed text-pretty">
          {children}
        </div>
        <InlineAlert>{problem}</InlineAlert>
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <button
            ref={cancelRef}
            type="button"
            className={secondaryButtonClass}
            aria-disabled={pending || undefined}
            onClick={() => !pending && dialogRef.current?.close()}
          >
            {cancelLabel}
          </button>
          <button
            ref={confirmRef}
            type="button"
            className={danger ? dangerButtonClass : primaryButtonClass}
            aria-disabled={pending || undefined}
            onClick={() => !pending && onConfirm()}
          >
            {danger ? <Icon name="trash" className="size-5 shrink-0" /> : null}
            {pending ? pendingLabel : confirmLabel}
          </button>
        </div>
        <p role="status" className="sr-only">
          {pending ? pendingLabel : ""}
        </p>
      </div>
    </dialog>
  );
}
