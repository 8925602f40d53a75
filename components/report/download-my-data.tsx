"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { fetchMyData, saveBlob } from "@/lib/privacy/download";
import { actionButton } from "./action-button";

type DownloadState = "idle" | "busy" | "done" | "failed";

/** "Download my data": the owner's copy of the answers, result and shares, as a JSON file. */
export function DownloadMyData({ id, ownerKey, icon }: { id: string; ownerKey: string; icon?: ReactNode }) {
  const t = useTranslations("privacy.download");
  const [state, setState] = useState<DownloadState>("idle");
  const hintId = useId();

  async function download() {
    setState("busy");
    const outcome = await fetchMyData(id, ownerKey);
    if (!outcome.ok) {
      setState("failed");
      return;
    }
    saveBlob(outcome.blob, outcome.fileName);
    setState("done");
  }

  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        className={actionButton}
        onClick={download}
        disabled={state === "busy"}
        aria-busy={state === "busy" || undefined}
        aria-describedby={hintId}
        data-download-my-data
      >
        {icon}
        {state === "busy" ? t("busy") : t("button")}
      </button>
      <p id={hintId} className="sr-only">
        {t("hint")}
      </p>
      <p role="status" className={state === "failed" ? "max-w-xs text-sm leading-relaxed text-red-800" : "sr-only"}>
        {state === "failed" ? t("failed") : state === "done" ? t("done") : ""}
      </p>
    </div>
  );
}
