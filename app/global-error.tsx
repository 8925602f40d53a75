"use client";

// Replaces the root layout when it fails, so it cannot rely on globals.css or the
// Geist font: everything it needs is inline and uses system fonts.

// eslint-disable-next-line no-restricted-imports -- no language provider here: the address's own prefix says the language.
import { usePathname } from "next/navigation";
import type { CSSProperties } from "react";
import { createTranslator } from "use-intl/core";
import { errorDigest, isDatabaseOutageDigest } from "@/lib/db-outage-digest";
// Only the common words of each language (not every page's), as this page is in every bundle.
import en from "@/lib/i18n/messages/en/common.json" with { type: "json" };
import hi from "@/lib/i18n/messages/hi/common.json" with { type: "json" };
import { globalErrorCss } from "@/lib/security/inline-styles";

export type GlobalErrorProps = {
  error: unknown;
  retry: () => void;
  reset: () => void;
};

const styles = {
  body: {
    margin: 0,
    minHeight: "100dvh",
    background: "#ffffff",
    color: "#1e293b",
    fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    lineHeight: 1.6,
  },
  main: { maxWidth: "40rem", margin: "0 auto", padding: "4rem 1rem" },
  brand: { margin: 0, fontWeight: 700, fontSize: "1.125rem", color: "#0f172a" },
  heading: { margin: "2rem 0 0", fontSize: "1.875rem", lineHeight: 1.2, color: "#0f172a" },
  text: { margin: "1rem 0 0", fontSize: "1.125rem", color: "#334155" },
  actions: { display: "flex", flexWrap: "wrap", gap: "0.75rem", marginTop: "2rem" },
  button: {
    minHeight: "3rem",
    padding: "0.75rem 1.5rem",
    border: 0,
    borderRadius: "0.75rem",
    background: "#0f766e",
    color: "#ffffff",
    font: "inherit",
    fontWeight: 600,
    cursor: "pointer",
  },
  link: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "3rem",
    padding: "0 1.5rem",
    border: "1px solid #64748b",
    borderRadius: "0.75rem",
    color: "#0f172a",
    fontWeight: 600,
    textDecoration: "none",
  },
  digest: { margin: "2rem 0 0", fontSize: "0.875rem", color: "#475569" },
} satisfies Record<string, CSSProperties>;

const commonWords = { en, hi };

export default function GlobalError({ error, retry }: GlobalErrorProps) {
  const locale = /^\/hi(\/|$)/.test(usePathname() ?? "") ? "hi" : "en";
  const t = createTranslator({ locale, messages: { common: commonWords[locale] }, namespace: "common.globalError" });
  // A database outage (the server answered 503) reads as a short wait, with no reference code.
  const outage = isDatabaseOutageDigest(error);
  const digest = outage ? undefined : errorDigest(error);

  return (
    <html lang={locale}>
      <body style={styles.body}>
        <title>{outage ? t("outageTitle") : t("faultTitle")}</title>
        {/* Allowed by the Content-Security-Policy through its hash (lib/security/inline-styles.ts). */}
        <style>{globalErrorCss}</style>
        <main style={styles.main}>
          <p style={styles.brand}>Coder Fit</p>
          {outage ? (
            <>
              <h1 style={styles.heading}>{t("outageHeading")}</h1>
              <p style={styles.text}>{t("outageText")}</p>
            </>
          ) : (
            <>
              <h1 style={styles.heading}>{t("faultHeading")}</h1>
              <p style={styles.text}>{t("faultText")}</p>
            </>
          )}
          <div style={styles.actions}>
            <button type="button" className="ge-focus" style={styles.button} onClick={() => retry()}>
              {t("retry")}
            </button>
            {/* A plain anchor on purpose: a full page load is the most reliable recovery here. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="ge-focus" style={styles.link}>
              {t("home")}
            </a>
          </div>
          {digest ? (
            <p style={styles.digest}>
              {t("reference")} <code>{digest}</code>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
