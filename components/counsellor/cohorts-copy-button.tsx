"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { secondaryButtonClass } from "./cohorts-fields";

export type CohortsCopyButtonProps = {
  text: string;
  /** The button's visible text ("Copy link"). */
  label: string;
  /** Read after the label by screen readers only, to say which link, e.g. "for B.Sc 2026". */
  srSuffix: string;
  /** Said once the text is on the clipboard. */
  doneMessage: string;
  /** The element showing the text, selected when the browser refuses to copy. */
  fieldId: string;
};

type Status = "idle" | "copied" | "manual";

/** Copies text to the clipboard and says so; if the browser refuses, selects it for copying by hand. */
export function CohortsCopyButton({ text, label, srSuffix, doneMessage, fieldId }: CohortsCopyButtonProps) {
  const t = useTranslations("cohorts.card");
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    if (status !== "copied") return;
    const timer = window.setTimeout(() => setStatus("idle"), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      const shown = document.getElementById(fieldId);
      if (shown) window.getSelection()?.selectAllChildren(shown);
      setStatus("manual");
    }
  }

  return (
    <>
      <button type="button" onClick={copy} className={`${secondaryButtonClass} min-w-32`}>
        <Icon name={status === "copied" ? "check" : "link"} className="size-5 shrink-0" />
        <span>
          {status === "copied" ? t("copied") : label} <span className="sr-only">{srSuffix}</span>
        </span>
      </button>
      <p role="status" className={status === "manual" ? "basis-full text-sm text-slate-700" : "sr-only"}>
        {status === "copied"
          ? doneMessage
          : status === "manual"
            ? t("copyManual")
            : ""}
      </p>
    </>
  );
}
