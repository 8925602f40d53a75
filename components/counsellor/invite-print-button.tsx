"use client";

import type { ReactNode } from "react";
import { primaryButtonClass } from "./cohorts-fields";

export type InvitePrintButtonProps = {
  /** The button's words. */
  label: string;
  /** From the server component, so the icon set never ships to the browser. */
  icon: ReactNode;
};

/** Opens the browser's print dialog for the invite sheet (the print styles leave only the sheet). */
export function InvitePrintButton({ label, icon }: InvitePrintButtonProps) {
  return (
    <button type="button" onClick={() => window.print()} className={primaryButtonClass}>
      {icon}
      {label}
    </button>
  );
}
