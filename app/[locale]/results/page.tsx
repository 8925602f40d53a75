import type { Metadata } from "next";
import { ResultsList } from "@/components/results/results-list";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  title: "My results",
  description: "Every Medical Coder fit result taken in this browser: open, compare, retake or delete them. No account needed.",
  robots: { index: false, follow: false },
};

export default function ResultsPage() {
  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <div className="mx-auto max-w-3xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Attempt history</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              My results
            </h1>
            <p className="mt-3 flex max-w-[60ch] items-start gap-2 text-sm leading-relaxed text-pretty text-slate-700 sm:text-base">
              <Icon name="device" className="mt-0.5 size-5 shrink-0 text-brand-700" />
              <span>This list lives on this device only: no account, and other browsers or devices can&apos;t see it.</span>
            </p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-3xl">
          <ResultsList />
        </div>
      </PageContainer>
    </>
  );
}
