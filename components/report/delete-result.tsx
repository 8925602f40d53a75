"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { deleteAssessmentRequest } from "@/lib/results/api";
import { actionButton, dangerButton, dangerSolidButton } from "./action-button";

/**
 * "Delete this result": a native modal dialog asks for confirmation (Escape or Cancel closes it,
 * focus starts on Cancel and returns to the button). Confirming sends DELETE to the API, then
 * moves on to /report/deleted, or shows the error here and keeps the dialog open for a retry.
 */
export function DeleteResult({
  id,
  ownerKey,
  deleteIcon,
  alertIcon,
}: {
  id: string;
  /** This device's owner key: the API refuses a delete without it. */
  ownerKey: string;
  deleteIcon: ReactNode;
  alertIcon: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const t = useTranslations("report.delete");
  const failure = useTranslations("results.deleteDialog.errors");

  // The confirm button was disabled while the request ran; give focus back to it with the error.
  useEffect(() => {
    if (error && !pending) confirmRef.current?.focus();
  }, [error, pending]);

  function open() {
    setError(null);
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  }

  function close() {
    if (pending) return;
    dialogRef.current?.close();
  }

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await deleteAssessmentRequest(id, ownerKey);
      // Replace, not push: Back should not return to a report that no longer exists.
      if (result.ok) router.replace("/report/deleted");
      else setError(failure(result.reason));
    });
  }

  return (
    <>
      <button ref={openerRef} type="button" className={dangerButton} onClick={open} aria-haspopup="dialog">
        {deleteIcon}
        {t("button")}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="delete-dialog-title"
        aria-describedby="delete-dialog-description"
        onCancel={(event) => {
          // Escape closes the dialog, except while the deletion is under way.
          if (pending) event.preventDefault();
        }}
        onClose={() => openerRef.current?.focus()}
        className="report-dialog m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-slate-200 bg-white p-0 text-slate-800 shadow-xl backdrop:bg-slate-900/60"
      >
        <div className="p-6 sm:p-7">
          <h2 id="delete-dialog-title" className="text-xl font-bold tracking-tight text-slate-900">
            {t("title")}
          </h2>
          <div id="delete-dialog-description" className="mt-3 space-y-3 leading-relaxed text-pretty">
            <p>{t("permanent")}</p>
            <p>{t("keepCopy")}</p>
          </div>
          {error ? (
            <p role="alert" className="mt-4 flex gap-2.5 rounded-xl border border-red-300 bg-red-50 p-3 text-sm leading-relaxed text-red-900">
              {alertIcon}
              <span>{error}</span>
            </p>
          ) : null}
          <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <button ref={cancelRef} type="button" className={actionButton} onClick={close} disabled={pending}>
              {t("cancel")}
            </button>
            <button ref={confirmRef} type="button" className={dangerSolidButton} onClick={confirm} disabled={pending} aria-busy={pending || undefined}>
              {deleteIcon}
              {pending ? t("deleting") : t("confirm")}
            </button>
          </div>
          <p role="status" className="sr-only">
            {pending ? t("deletingStatus") : ""}
          </p>
        </div>
      </dialog>
    </>
  );
}
