"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CareerProfile } from "@/lib/profiles/schema";
import type { Answers } from "@/lib/scoring/answers";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

/** "Loading the what-if tools…", while the panel's code arrives. */
function Loading() {
  const t = useTranslations("whatIf.entry");
  return (
    <p role="status" className="px-5 py-6 text-slate-700 sm:px-7">
      {t("loading")}
    </p>
  );
}

/**
 * Loaded only when the panel is opened: the panel and the scoring engine stay out of the
 * report's initial JavaScript.
 */
const WhatIfPanel = dynamic(() => import("./what-if-panel"), {
  ssr: false,
  loading: () => <Loading />,
});

type WhatIfEntryProps = {
  /** The stored answers; the panel never changes them. */
  answers: Answers;
  /** The report id, for the share link. */
  id: string;
};

/**
 * The profile in the page's language, loaded with the panel once it opens (the panel scores with
 * it and shows its names): English's comes with the profile module, another language's words in
 * a file of their own (lib/i18n/browser-profile.ts). Not a prop: in the page's HTML the profile would
 * add about 90 KB to every report, opened or not.
 */
function useProfileWhenOpen(open: boolean): CareerProfile | null {
  const locale = useLocale();
  const [loaded, setLoaded] = useState<{ locale: string; profile: CareerProfile } | null>(null);
  useEffect(() => {
    if (!open || loaded?.locale === locale) return;
    let active = true;
    void import("@/lib/i18n/browser-profile")
      .then(({ profileInBrowser }) => profileInBrowser(locale))
      .then((profile) => {
        if (active) setLoaded({ locale, profile });
      });
    return () => {
      active = false;
    };
  }, [open, locale, loaded]);
  return loaded?.locale === locale ? loaded.profile : null;
}

/** "What if…": a closed disclosure on the report; a `?whatif=` link opens it with that scenario. */
export function WhatIfEntry({ answers, id }: WhatIfEntryProps) {
  const t = useTranslations("whatIf.entry");
  const code = useSearchParams().get("whatif");
  const [open, setOpen] = useState(code !== null);
  const profile = useProfileWhenOpen(open);

  return (
    <section
      id="what-if"
      aria-labelledby="what-if-heading"
      data-what-if
      className={["report-section border-t border-slate-200 py-10 sm:py-12", open ? "" : "print-hidden"].join(" ")}
    >
      <PageContainer>
        <h2 id="what-if-heading" className="sr-only">
          {t("heading")}
        </h2>
        <details
          open={open}
          onToggle={(event) => setOpen(event.currentTarget.open)}
          className="group rounded-2xl border border-slate-300 bg-white"
        >
          <summary className="print-hidden flex min-h-14 cursor-pointer list-none items-center gap-3 rounded-2xl px-5 py-3 font-semibold text-slate-900 hover:bg-brand-50 sm:px-7 [&::-webkit-details-marker]:hidden">
            <Icon name="chevron" className="size-5 shrink-0 text-brand-700 transition-transform group-open:rotate-90" />
            <span>
              {t("summary")}
              <span className="block text-sm font-normal text-slate-600">{t("summaryLead")}</span>
            </span>
          </summary>
          {open ? profile ? <WhatIfPanel answers={answers} id={id} initialCode={code ?? ""} profile={profile} /> : <Loading /> : null}
        </details>
      </PageContainer>
    </section>
  );
}
