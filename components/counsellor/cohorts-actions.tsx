"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { CohortJson } from "@/lib/counsellor/api-client";
import { useDeleteCohort, useUpdateCohort } from "@/lib/counsellor/hooks/use-cohorts";
import { CohortsConfirmDialog } from "./cohorts-confirm-dialog";
import { secondaryButtonClass, useSaveProblem } from "./cohorts-fields";

type Asking = "archive" | "delete" | null;

export type CohortsActionsProps = {
  cohort: CohortJson;
  /** Tells the list what happened, for its status line (the card may leave the list). */
  onDone: (message: string) => void;
};

const dangerOutlineClass =
  "inline-flex min-h-12 shrink-0 items-center justify-center gap-2 rounded-xl border border-red-700 bg-white px-5 py-3 text-center text-base font-semibold leading-tight text-red-800 transition-colors hover:bg-red-50";

/** Archive (active cohort) or Restore (archived one), and Delete, each confirmed in a dialog except Restore. */
export function CohortsActions({ cohort, onDone }: CohortsActionsProps) {
  const t = useTranslations("cohorts.archive");
  const saveProblem = useSaveProblem();
  const name = cohort.name;
  const update = useUpdateCohort();
  const remove = useDeleteCohort();
  const [asking, setAsking] = useState<Asking>(null);
  const [problem, setProblem] = useState<ReactNode>(null);
  const [restoreProblem, setRestoreProblem] = useState<ReactNode>(null);
  const archived = cohort.archivedAt !== null;

  function close() {
    setAsking(null);
    setProblem(null);
  }

  async function archive() {
    setProblem(null);
    try {
      await update.mutateAsync({ id: cohort.id, archived: true });
      setAsking(null);
      onDone(t("archivedDone", { name }));
    } catch (error) {
      setProblem(saveProblem(error).form ?? t("failed"));
    }
  }

  async function destroy() {
    setProblem(null);
    try {
      await remove.mutateAsync(cohort.id);
      setAsking(null);
      onDone(t("deletedDone", { name }));
    } catch (error) {
      setProblem(saveProblem(error).form ?? t("failed"));
    }
  }

  async function restore() {
    if (update.isPending) return;
    setRestoreProblem(null);
    try {
      await update.mutateAsync({ id: cohort.id, archived: false });
      onDone(t("restored", { name }));
    } catch (error) {
      setRestoreProblem(saveProblem(error).form ?? t("failed"));
    }
  }

  return (
    <div>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        {archived ? (
          <button type="button" className={secondaryButtonClass} onClick={restore} aria-disabled={update.isPending || undefined}>
            <Icon name="refresh" className="size-5 shrink-0" />
            {t("restore")} <span className="sr-only">{cohort.name}</span>
          </button>
        ) : (
          <button type="button" className={secondaryButtonClass} onClick={() => setAsking("archive")} aria-haspopup="dialog">
            {t("archive")} <span className="sr-only">{cohort.name}</span>
          </button>
        )}
        <button type="button" className={dangerOutlineClass} onClick={() => setAsking("delete")} aria-haspopup="dialog">
          <Icon name="trash" className="size-5 shrink-0" />
          {t("delete")} <span className="sr-only">{cohort.name}</span>
        </button>
      </div>
      <div role="alert" className="empty:hidden">
        {restoreProblem ? <p className="mt-3 text-sm font-semibold text-red-800">{restoreProblem}</p> : null}
      </div>

      <CohortsConfirmDialog
        open={asking === "archive"}
        title={t("archiveTitle", { name })}
        confirmLabel={t("archiveConfirm")}
        pendingLabel={t("archiving")}
        cancelLabel={t("cancel")}
        pending={update.isPending}
        problem={asking === "archive" ? problem : null}
        onConfirm={archive}
        onClose={close}
      >
        <p>{t("archiveText")}</p>
      </CohortsConfirmDialog>
      <CohortsConfirmDialog
        open={asking === "delete"}
        title={t("deleteTitle", { name })}
        confirmLabel={t("deleteConfirm")}
        pendingLabel={t("deleting")}
        cancelLabel={t("cancel")}
        pending={remove.isPending}
        danger
        problem={asking === "delete" ? problem : null}
        onConfirm={destroy}
        onClose={close}
      >
        <p>{t("deleteText", { count: cohort.resultCount })}</p>
      </CohortsConfirmDialog>
    </div>
  );
}
