"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import type { Answers } from "@/lib/scoring/answers";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

/**
 * Loaded only when the panel is opened: the panel, the scoring engine and the profile data stay
 * out of the report's initial JavaScript.
 */
const WhatIfPanel = dynamic(() => import("./what-if-panel"), {
  ssr: false,
  loading: () => (
    <p role="status" className="px-5 py-6 text-slate-700 sm:px-7">
      Loading the what-if tools…
    </p>
  ),
});

type WhatIfEntryProps = {
  /** The stored answers; the panel never changes them. */
  answers: Answers;
  /** The report id, for the share link. */
  id: string;
};

/** "What if…": a closed disclosure on the report; a `?whatif=` link opens it with that scenario. */
export function WhatIfEntry({ answers, id }: WhatIfEntryProps) {
  const code = useSearchParams().get("whatif");
  const [open, setOpen] = useState(code !== null);

  return (
    <section
      id="what-if"
      aria-labelledby="what-if-heading"
      data-what-if
      className={["report-section border-t border-slate-200 py-10 sm:py-12", open ? "" : "print-hidden"].join(" ")}
    >
      <PageContainer>
        <h2 id="what-if-heading" className="sr-only">
          What if you changed something?
        </h2>
        <details
          open={open}
          onToggle={(event) => setOpen(event.currentTarget.open)}
          className="group rounded-2xl border border-slate-300 bg-white"
        >
          <summary className="print-hidden flex min-h-14 cursor-pointer list-none items-center gap-3 rounded-2xl px-5 py-3 font-semibold text-slate-900 hover:bg-brand-50 sm:px-7 [&::-webkit-details-marker]:hidden">
            <Icon name="chevron" className="size-5 shrink-0 text-brand-700 transition-transform group-open:rotate-90" />
            <span>
              What if…
              <span className="block text-sm font-normal text-slate-600">
                See how your score and next steps would change if you took a step: a course, a certification, a skill
              </span>
            </span>
          </summary>
          {open ? <WhatIfPanel answers={answers} id={id} initialCode={code ?? ""} /> : null}
        </details>
      </PageContainer>
    </section>
  );
}
