"use client";

import { useEffect } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";
import { isDatabaseOutageDigest } from "@/lib/db-outage-digest";

export type ErrorPageProps = {
  error: unknown;
  /** Re-fetches and re-renders the failed segment (stable since Next.js 16.3). */
  retry: () => void;
  /** Re-renders the failed segment without re-fetching; kept as a fallback. */
  reset: () => void;
};

/** The server-side reference for the error, safe to show; never the message or stack. */
function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  const { digest } = error as { digest?: unknown };
  return typeof digest === "string" && digest.length > 0 ? digest : undefined;
}

/** The words for a bug, and for a database outage (the server answered 503): nothing to report, just wait. */
const copy = {
  fault: {
    eyebrow: "Something went wrong",
    heading: <>This page didn&rsquo;t load properly</>,
    text: <>It&rsquo;s not something you did. Please try again, and if it keeps happening, come back in a little while.</>,
  },
  outage: {
    eyebrow: "Temporarily unavailable",
    heading: <>We&rsquo;ll be back shortly</>,
    text: (
      <>
        We can&rsquo;t reach our database for a moment, so this page can&rsquo;t load right now. Nothing you saved is lost.
        Please try again in a minute.
      </>
    ),
  },
};

export default function ErrorPage({ error, retry, reset }: ErrorPageProps) {
  const outage = isDatabaseOutageDigest(error);
  // The outage's digest is the same for everyone, so it is no use as a reference.
  const digest = outage ? undefined : errorDigest(error);
  const { eyebrow, heading, text } = outage ? copy.outage : copy.fault;

  useEffect(() => {
    // Goes to the browser console only; the page itself never shows error details.
    console.error(error);
  }, [error]);

  return (
    <PageContainer className="py-16 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{heading}</h1>
        <p className="mt-5 text-lg leading-relaxed text-slate-700">{text}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <button
            type="button"
            onClick={() => (retry ?? reset)()}
            className="inline-flex min-h-12 cursor-pointer items-center justify-center rounded-xl bg-brand-600 px-6 py-3 text-base font-semibold text-white transition-colors hover:bg-brand-700 active:bg-brand-800"
          >
            Try again
          </button>
          <ButtonLink href="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </div>
        {digest ? (
          <p className="mt-8 text-sm text-slate-600">
            Reference code: <code className="font-mono text-slate-800">{digest}</code>
          </p>
        ) : null}
      </div>
    </PageContainer>
  );
}
