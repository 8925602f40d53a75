"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { actionButton } from "./action-button";

/**
 * Opens the browser's print dialog, where the report can also be saved as a PDF. The icon comes
 * from the server component, so the icon set never ships to the browser.
 */
export function PrintButton({ icon }: { icon: ReactNode }) {
  const t = useTranslations("report.ownerActions");
  return (
    <button type="button" className={actionButton} onClick={() => window.print()}>
      {icon}
      {t("print")}
    </button>
  );
}
