"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { withPdfOptions } from "@/lib/pdf/paths";
import { actionButton } from "./action-button";

export type DownloadPdfProps = {
  /** The PDF's address: reportPdfPath(id) or counsellorReportPdfPath(shareId) from lib/pdf/paths. */
  href: string;
  /** Rendered by the server component that places this, so the icon set never ships to the browser. */
  icon?: ReactNode;
  className?: string;
  /**
   * A second checkbox that adds the counsellor's own notes (`notes=1`): on the counsellor's
   * result page only, with its label and hint (pdf.json's `notes.download`).
   */
  notesOption?: { label: string; note: string };
};

/**
 * "Download PDF": a plain link to the server-made PDF (it works before the page's script has
 * loaded), and a checkbox that adds the full receipt as an appendix. The server answers with an
 * attachment, so the browser saves the file and the page stays where it is. The PDF is in the
 * page's language (`locale=hi` on a Hindi page).
 */
export function DownloadPdf({ href, icon, className, notesOption }: DownloadPdfProps) {
  const t = useTranslations("pdf.download");
  const locale = useLocale();
  const [details, setDetails] = useState(false);
  const [notes, setNotes] = useState(false);
  const hintId = useId();
  return (
    <div className={["flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-4", className].filter(Boolean).join(" ")}>
      <a
        href={withPdfOptions(href, { details, notes: notesOption ? notes : false, locale })}
        className={actionButton}
        aria-describedby={hintId}
        data-download-pdf
      >
        {icon}
        {t("label")}
      </a>
      <OptionBox checked={details} onChange={setDetails} describedBy={hintId}>
        {t("includeDetails")}
      </OptionBox>
      {notesOption ? (
        <OptionBox checked={notes} onChange={setNotes} describedBy={hintId} data-pdf-notes>
          {notesOption.label}
        </OptionBox>
      ) : null}
      <p id={hintId} className="sr-only">
        {details ? t("withDetailsNote") : t("note")}
        {notesOption && notes ? ` ${notesOption.note}` : null}
      </p>
    </div>
  );
}

type OptionBoxProps = {
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy: string;
  children: ReactNode;
  "data-pdf-notes"?: boolean;
};

/** One of the download's options: the whole label is the target, at least 44 px high, the box and its words together. */
function OptionBox({ checked, onChange, describedBy, children, ...data }: OptionBoxProps) {
  const id = useId();
  return (
    <label htmlFor={id} className="inline-flex min-h-11 cursor-pointer items-center gap-2.5 self-start rounded-lg sm:self-auto py-2 pr-2 text-base text-slate-800">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy}
        className="size-5 shrink-0 cursor-pointer accent-brand-600"
        {...data}
      />
      {children}
    </label>
  );
}
