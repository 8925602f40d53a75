"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { copyText } from "@/lib/clipboard";
import { actionButton } from "./action-button";

type Status = "idle" | "copied" | "manual";

/** Copies the report's address; says so in a polite live region, or shows the link to copy by hand. */
export function CopyLinkButton({ linkIcon, doneIcon }: { linkIcon: ReactNode; doneIcon: ReactNode }) {
  const [status, setStatus] = useState<Status>("idle");
  const [url, setUrl] = useState("");
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status !== "copied") return;
    const timer = window.setTimeout(() => setStatus("idle"), 5000);
    return () => window.clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (status === "manual") fieldRef.current?.select();
  }, [status]);

  async function copy() {
    const link = `${window.location.origin}${window.location.pathname}`;
    setUrl(link);
    setStatus((await copyText(link)) ? "copied" : "manual");
  }

  return (
    <div className="flex flex-col gap-2 print-hidden">
      <button type="button" className={actionButton} onClick={copy}>
        {status === "copied" ? doneIcon : linkIcon}
        {status === "copied" ? "Link copied" : "Copy link"}
      </button>
      <p role="status" aria-live="polite" className={status === "manual" ? "max-w-xs text-sm text-slate-700" : "sr-only"}>
        {status === "copied"
          ? "Link copied. Anyone with this link can see the report."
          : status === "manual"
            ? "Your browser did not allow copying. Select the link below and copy it."
            : ""}
      </p>
      {status === "manual" ? (
        <label className="block text-sm font-semibold text-slate-800">
          Link to this report
          <input
            ref={fieldRef}
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full min-w-0 rounded-lg border border-slate-500 bg-white px-3 py-2 font-normal text-slate-900"
          />
        </label>
      ) : null}
    </div>
  );
}
