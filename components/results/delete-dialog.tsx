"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { actionButton, dangerSolidButton } from "@/components/report/action-button";
import { Icon } from "@/components/ui/icon";
import { deleteAssessmentRequest } from "@/lib/results/api";

export type DeleteTarget = { id: string; label: string; ownerKey: string };

/**
 * Confirms deleting one result for good, in a native modal dialog (Escape or Cancel closes it;
 * focus starts on Cancel and goes back to the button that opened it). On success the parent
 * drops the entry from the list.
 */
export function DeleteDialog({
  target,
  onClose,
  onDeleted,
}: {
  target: DeleteTarget | null;
  onClose: () => void;
  onDeleted: (id: string) => void;
}) {
  const t = useTranslations("results.deleteDialog");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (target && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!target && dialog.open) {
      dialog.close();
    }
  }, [target]);

  useEffect(() => {
    if (error && !pending) confirmRef.current?.focus();
  }, [error, pending]);

  function confirm() {
    if (!target) return;
    const { id, ownerKey } = target;
    setError(null);
    startTransition(async () => {
      const result = await deleteAssessmentRequest(id, ownerKey);
      if (result.ok) onDeleted(id);
      else setError(t(`errors.${result.reason}`));
    });
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="results-delete-title"
      aria-describedby="results-delete-description"
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
      onClose={() => {
        setError(null);
        onClose();
      }}
      className="report-dialog m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-slate-200 bg-white p-0 text-slate-800 shadow-xl backdrop:bg-slate-900/60"
    >
      <div className="p-6 sm:p-7">
        <h2 id="results-delete-title" className="text-xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h2>
        <div id="results-delete-description" className="mt-3 space-y-3 leading-relaxed text-pretty">
          <p>
            {target ? <strong className="font-semibold text-slate-900">{t("label", { label: target.label })}</strong> : null}
            {t("body")}
          </p>
        </div>
        {error ? (
          <p role="alert" className="mt-4 flex gap-2.5 rounded-xl border border-red-300 bg-red-50 p-3 text-sm leading-relaxed text-red-900">
            <Icon name="alertCircle" className="mt-px size-5 shrink-0 text-red-700" />
            <span>{error}</span>
          </p>
        ) : null}
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <button ref={cancelRef} type="button" className={actionButton} onClick={() => !pending && dialogRef.current?.close()} disabled={pending}>
            {t("cancel")}
          </button>
          <button ref={confirmRef} type="button" className={dangerSolidButton} onClick={confirm} disabled={pending} aria-busy={pending || undefined}>
            <Icon name="trash" className="size-5 shrink-0" />
            {pending ? t("deleting") : t("confirm")}
          </button>
        </div>
        <p role="status" className="sr-only">
          {pending ? t("deletingStatus") : ""}
        </p>
      </div>
    </dialog>
  );
}
