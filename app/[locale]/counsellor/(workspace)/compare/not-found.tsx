import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { compareWords } from "@/lib/counsellor/compare-words";

export const metadata: Metadata = {
  title: compareWords.page.title,
  robots: { index: false, follow: false },
};

/** One result of the comparison is missing, foreign or withdrawn: the same words whichever it is, and whose is never said. */
export default function CounsellorCompareNotFound() {
  return (
    <PageContainer className="py-16 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 404 · Not found</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{compareWords.notAvailable}</h1>
        <p className="mt-5 text-lg leading-relaxed text-slate-700">{compareWords.notAvailableWhy}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/counsellor">
            <Icon name="arrowLeft" className="size-5 shrink-0" />
            {compareWords.page.back}
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
