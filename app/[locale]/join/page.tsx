import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { JoinCodeForm } from "@/components/share/join-code-form";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  title: "Join your counsellor's cohort",
  description: "Enter the cohort code your counsellor gave you to take the Medical Coder fit assessment and choose whether to share it.",
  robots: { index: false, follow: false },
};

export default function JoinPage() {
  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-8 sm:py-12">
          <div className="mx-auto max-w-2xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Join a cohort</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              Enter your counsellor&rsquo;s code
            </h1>
            <p className="mt-3 max-w-[60ch] leading-relaxed text-pretty text-slate-700">
              Your counsellor may read out or write down a cohort code, such as K7QM-4TPX. Enter it to see who invited you and
              what they would see. Nothing is shared until you say so at the end of the assessment.
            </p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto grid max-w-2xl gap-5">
          <JoinCodeForm />
          <section aria-labelledby="existing-heading" className="rounded-2xl border border-slate-200 bg-slate-50 p-5 sm:p-7">
            <h2 id="existing-heading" className="text-xl font-semibold tracking-tight text-slate-900">
              Already have a result?
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">
              You can share it without taking the assessment again: open your report, go to &ldquo;Share with a
              counsellor&rdquo; near the end, and enter the same code there.
            </p>
            <p className="mt-3">
              <Link
                href="/results"
                className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
              >
                Open My results
                <Icon name="arrowRight" className="size-4.5" />
              </Link>
            </p>
          </section>
        </div>
      </PageContainer>
    </>
  );
}
