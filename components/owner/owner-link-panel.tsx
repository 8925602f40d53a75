"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { actionButton } from "@/components/report/action-button";
import { Icon } from "@/components/ui/icon";
import { copyText } from "@/lib/clipboard";
import { ownerLink } from "./owner-context";

type Qr = { kind: "loading" } | { kind: "ready"; size: number; path: string } | { kind: "failed" };

/** The QR code as one SVG path of dark modules; the library is loaded only when the panel opens. */
async function makeQr(text: string): Promise<Qr> {
  const { create } = await import("qrcode");
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { kind: "ready", size: modules.size, path };
}

/**
 * "Open this result on another device": the private owner link, as a QR code to scan and as text
 * to copy. Closed by default, never printed, and not part of the report's share or copy paths.
 */
export function OwnerLinkPanel({ id, ownerKey }: { id: string; ownerKey: string }) {
  // Made when the panel is first opened: the address needs the browser's origin.
  const [link, setLink] = useState("");
  const [qr, setQr] = useState<Qr>({ kind: "loading" });
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");
  const fieldRef = useRef<HTMLInputElement>(null);
  const t = useTranslations("owner");
  const locale = useLocale();

  useEffect(() => {
    if (!link) return;
    let live = true;
    makeQr(link).then(
      (made) => live && setQr(made),
      () => live && setQr({ kind: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [link]);

  async function copyLink() {
    const copied = await copyText(link);
    setCopy(copied ? "copied" : "manual");
    if (!copied) fieldRef.current?.select();
  }

  return (
    <details
      className="print-hidden mt-6 rounded-2xl border border-slate-200 bg-white"
      data-owner-link-panel
      onToggle={(event) => {
        if (event.currentTarget.open && !link) setLink(ownerLink(window.location.origin, id, ownerKey, locale));
      }}
    >
      <summary className="flex min-h-12 cursor-pointer items-center gap-2 rounded-2xl px-5 py-3 font-semibold text-slate-900 hover:bg-slate-50 sm:px-7">
        <Icon name="device" className="size-5 shrink-0 text-brand-700" />
        <span>{t("panelSummary")}</span>
      </summary>
      <div className="space-y-4 border-t border-slate-200 px-5 pt-4 pb-6 sm:px-7">
        <p className="max-w-[68ch] leading-relaxed text-pretty text-slate-700">{t("panelLead")}</p>
        <p className="flex max-w-[68ch] items-start gap-2.5 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm leading-relaxed text-amber-950">
          <Icon name="alert" className="mt-0.5 size-4.5 shrink-0 text-amber-800" />
          <span>{t("panelWarning")}</span>
        </p>
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          <div className="flex size-44 shrink-0 items-center justify-center rounded-xl border border-slate-200 bg-white p-2">
            {qr.kind === "ready" ? (
              <svg role="img" aria-label={t("panelQrLabel")} viewBox={`-2 -2 ${qr.size + 4} ${qr.size + 4}`} className="size-full">
                <rect x={-2} y={-2} width={qr.size + 4} height={qr.size + 4} fill="#ffffff" />
                <path d={qr.path} fill="#0f172a" shapeRendering="crispEdges" />
              </svg>
            ) : (
              <p role="status" className="px-2 text-center text-sm text-slate-600">
                {qr.kind === "failed" ? t("panelQrFailed") : t("panelQrLoading")}
              </p>
            )}
          </div>
          <div className="min-w-0 flex-1 space-y-3">
            <label className="block text-sm font-semibold text-slate-800">
              {t("panelFieldLabel")}
              <input
                ref={fieldRef}
                readOnly
                value={link}
                onFocus={(event) => event.currentTarget.select()}
                className="mt-1 block w-full min-w-0 rounded-lg border border-slate-500 bg-white px-3 py-2 font-mono text-sm font-normal text-slate-900"
              />
            </label>
            <button type="button" className={actionButton} onClick={() => void copyLink()}>
              <Icon name={copy === "copied" ? "check" : "link"} className="size-5" />
              {t("panelCopy")}
            </button>
            <p role="status" aria-live="polite" className="text-sm text-slate-700 empty:hidden">
              {copy === "copied" ? t("panelCopied") : copy === "manual" ? t("panelCopyManual") : ""}
            </p>
          </div>
        </div>
      </div>
    </details>
  );
}
