import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";
import { medicalCoderProfile } from "@/lib/profiles";
import { quizMinutes } from "@/lib/quiz/progress";
import { quizWords } from "@/lib/quiz/quiz-words";

export const metadata: Metadata = {
  title: "Your result has been deleted",
  description: "A Coder Fit result was deleted at its owner's request.",
  robots: { index: false, follow: false },
};

export default function ReportDeletedPage() {
  const duration = quizWords.duration(quizMinutes(medicalCoderProfile.questionnaire));
  return (
    <PageContainer className="py-16 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <span className="inline-flex size-12 items-center justify-center rounded-full bg-brand-100 text-brand-800">
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            className="size-6"
            aria-hidden="true"
            focusable="false"
          >
            <path d="m5 12.5 4.5 4.5L19 7.5" />
          </svg>
        </span>
        <h1 className="mt-5 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
          Your result has been deleted
        </h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-slate-700">
          <p>Your answers and your report have been removed from Coder Fit. The report&rsquo;s link no longer works.</p>
          <p>
            A deleted result cannot be recovered, by you or by us. If you printed the report or saved it as a PDF, that copy
            is still yours.
          </p>
          <p>You are welcome to take the assessment again at any time: it takes {duration} and needs no account.</p>
        </div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/assessment">Take the assessment again</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </div>
      </div>
    </PageContainer>
  );
}
