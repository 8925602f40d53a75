import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { inviteWords } from "@/lib/counsellor/invite-words";

export const metadata: Metadata = {
  title: inviteWords.notFoundMetaTitle,
  robots: { index: false, follow: false },
};

/** The same answer for a mistyped, unknown, deleted or another counsellor's cohort: nothing about it is told. */
export default function CohortNotFound() {
  return (
    <PageContainer className="py-16 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{inviteWords.notFoundEyebrow}</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{inviteWords.notFoundTitle}</h1>
        <p className="mt-5 text-lg leading-relaxed text-slate-700">{inviteWords.notFoundText}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/counsellor/cohorts">
            <Icon name="arrowLeft" className="size-5 shrink-0" />
            {inviteWords.backToCohorts}
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
