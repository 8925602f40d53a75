"use client";

// Replaces the root layout when it fails, so it cannot rely on globals.css or the
// Geist font: everything it needs is inline and uses system fonts.

import type { CSSProperties } from "react";
import { isDatabaseOutageDigest } from "@/lib/db-outage-digest";
import { globalErrorCss } from "@/lib/security/inline-styles";

export type GlobalErrorProps = {
  error: unknown;
  retry: () => void;
  reset: () => void;
};

function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  const { digest } = error as { digest?: unknown };
  return typeof digest === "string" && digest.length > 0 ? digest : undefined;
}

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

export default function GlobalError({ error, retry }: GlobalErrorProps) {
  // A database outage (the server answered 503) reads as a short wait, with no reference code.
  const outage = isDatabaseOutageDigest(error);
  const digest = outage ? undefined : errorDigest(error);

  return (
    <html lang="en">
      <body style={styles.body}>
        <title>{outage ? "Back shortly · Coder Fit" : "Something went wrong · Coder Fit"}</title>
        {/* Allowed by the Content-Security-Policy through its hash (lib/security/inline-styles.ts). */}
        <style>{globalErrorCss}</style>
        <main style={styles.main}>
          <p style={styles.brand}>Coder Fit</p>
          {outage ? (
            <>
              <h1 style={styles.heading}>We&rsquo;ll be back shortly</h1>
              <p style={styles.text}>
                We can&rsquo;t reach our database for a moment, so Coder Fit can&rsquo;t load right now. Nothing you saved is
                lost. Please try again in a minute.
              </p>
            </>
          ) : (
            <>
              <h1 style={styles.heading}>Sorry, Coder Fit couldn&rsquo;t load</h1>
              <p style={styles.text}>
                Something went wrong on our side. Please try again, and if it keeps happening, come back in a little while.
              </p>
            </>
          )}
          <div style={styles.actions}>
            <button type="button" className="ge-focus" style={styles.button} onClick={() => retry()}>
              Try again
            </button>
            {/* A plain anchor on purpose: a full page load is the most reliable recovery here. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="ge-focus" style={styles.link}>
              Go to the home page
            </a>
          </div>
          {digest ? (
            <p style={styles.digest}>
              Reference code: <code>{digest}</code>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
