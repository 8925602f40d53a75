"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";
import { errorDigest, isDatabaseOutageDigest } from "@/lib/db-outage-digest";

export type ErrorPageProps = {
  error: unknown;
  /** Re-fetches and re-renders the failed segment (stable since Next.js 16.3). */
  retry: () => void;
  /** Re-renders the failed segment without re-fetching; kept as a fallback. */
  reset: () => void;
};

export default function ErrorPage({ error, retry, reset }: ErrorPageProps) {
  const outage = isDatabaseOutageDigest(error);
  // The outage's digest is the same for everyone, so it is no use as a reference.
  const digest = outage ? undefined : errorDigest(error);
  const t = useTranslations("common.error");
  const [eyebrow, heading, text] = outage
    ? [t("outageEyebrow"), t("outageHeading"), t("outageText")]
    : [t("faultEyebrow"), t("faultHeading"), t("faultText")];

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
            {t("retry")}
          </button>
          <ButtonLink href="/" variant="secondary">
            {t("home")}
          </ButtonLink>
        </div>
        {digest ? (
          <p className="mt-8 text-sm text-slate-600">
            {t("reference")} <code className="font-mono text-slate-800">{digest}</code>
          </p>
        ) : null}
      </div>
    </PageContainer>
  );
}
