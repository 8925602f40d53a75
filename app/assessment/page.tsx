import type { Metadata } from "next";
import { Quiz } from "@/components/quiz/quiz";
import { PageContainer } from "@/components/ui/page-container";
import { medicalCoderProfile } from "@/lib/profiles";
import { allItems, minutesFromSeconds, secondsLeft } from "@/lib/quiz/progress";

export const metadata: Metadata = {
  title: "Take the assessment",
  description:
    "Answer short questions about your background, skills and temperament to see how well a career in medical coding suits you. No sign-up.",
};

export default function AssessmentPage() {
  const questionnaire = medicalCoderProfile.questionnaire;
  const minutes = minutesFromSeconds(secondsLeft(questionnaire, 0));
  const questions = allItems(questionnaire).length;

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <div className="mx-auto max-w-2xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Career-fit assessment</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              Medical Coder fit assessment
            </h1>
            <p className="mt-2 max-w-[60ch] text-sm leading-relaxed text-pretty text-slate-700 sm:mt-3 sm:text-base">
              {questions} questions, about {minutes} minutes. No sign&#8209;up: your answers stay on this device until you
              submit.
            </p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-2xl">
          {/* Only the questionnaire crosses to the browser, not the whole career profile. */}
          <Quiz questionnaire={questionnaire} />
        </div>
      </PageContainer>
    </>
  );
}
