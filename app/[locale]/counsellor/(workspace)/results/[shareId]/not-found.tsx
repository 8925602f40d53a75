import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  title: "Result not found",
  robots: { index: false, follow: false },
};

/** The same answer for a mistyped, unknown, foreign or withdrawn result: nothing about it is told. */
export default function CounsellorResultNotFound() {
  return (
    <PageContainer className="py-16 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 404 · Not found</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
          We couldn&rsquo;t find that result
        </h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-slate-700">
          <p>The link may be mistyped, or the result is not shared with any of your cohorts.</p>
          <p>
            Students can stop sharing a result at any time. When they do, it leaves your results at once, along with your
            notes on it.
          </p>
        </div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/counsellor">
            <Icon name="arrowLeft" className="size-5 shrink-0" />
            Back to results
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
