import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { JoinNamePicker } from "@/components/share/join-name-picker";
import { SharedItems } from "@/components/share/shared-items";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { cohortArchiveWords } from "@/lib/cohorts/archive-words";
import { findInviteByToken } from "@/lib/cohorts/service";
import { medicalCoderProfile } from "@/lib/profiles";
import { allItems, quizMinutes } from "@/lib/quiz/progress";
import { quizWords } from "@/lib/quiz/quiz-words";
import { listRosterNames } from "@/lib/roster/service";

/** An invite can be turned off at any moment: read it on every request. */
export const dynamic = "force-dynamic";

// No names in the metadata: the title is the same for every invite, and invites are not indexed.
export const metadata: Metadata = {
  title: "Your counsellor's invitation",
  description: "Take the Medical Coder fit assessment and choose whether to share your result with your counsellor.",
  robots: { index: false, follow: false },
};

type PageProps = { params: Promise<{ token: string }> };

export default async function JoinInvitePage({ params }: PageProps) {
  const { token } = await params;
  const invite = await findInviteByToken(token);
  if (!invite) notFound();

  const questions = allItems(medicalCoderProfile.questionnaire).length;
  const who = invite.counsellorName;
  const cohort = <>&ldquo;{invite.cohortName}&rdquo;</>;
  const duration = quizWords.duration(quizMinutes(medicalCoderProfile.questionnaire));
  const about = `${questions} short questions about your background, skills and temperament. It takes ${duration} and needs no account.`;

  if (!invite.invitesOpen) {
    return (
      <>
        <div className="border-b border-slate-200 bg-brand-50">
          <PageContainer className="py-8 sm:py-12">
            <div className="mx-auto max-w-3xl">
              <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Invitation</p>
              <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
                {invite.archived ? cohortArchiveWords.inviteHeading : "This cohort is not taking new results right now"}
              </h1>
              <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">
                {invite.archived ? (
                  <>
                    {cohortArchiveWords.inviteText(who, invite.cohortName)} {about}
                  </>
                ) : (
                  <>
                    {who} has paused new results for {cohort}, so nothing will be shared with them from here. You are still
                    welcome to take the Medical Coder fit assessment for yourself: {about}
                  </>
                )}
              </p>
              <div className="mt-6">
                <ButtonLink href="/assessment" className="w-full sm:w-auto sm:px-8">
                  Take the assessment for yourself
                  <Icon name="arrowRight" />
                </ButtonLink>
              </div>
            </div>
          </PageContainer>
        </div>
        <PageContainer className="py-8 sm:py-12">
          <div className="mx-auto max-w-3xl rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <h2 className="flex items-start gap-2.5 text-xl font-semibold tracking-tight text-slate-900">
              <Icon name="info" className="mt-0.5 size-6 shrink-0 text-brand-700" />
              Think this is a mistake?
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">
              {invite.archived ? (
                cohortArchiveWords.inviteMistake(who)
              ) : (
                <>
                  Ask {who} to open the cohort again. Once they have, you can share a result you already have from its report
                  page, with the cohort code they give you. Nothing is ever shared without your say.
                </>
              )}
            </p>
          </div>
        </PageContainer>
      </>
    );
  }

  // Names only (never roll numbers), for "Pick your name".
  const roster = await listRosterNames(invite.cohortId);

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-8 sm:py-12">
          <div className="mx-auto max-w-3xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Invitation</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              {who} invited you to share your Medical Coder fit result with {cohort}
            </h1>
            <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">
              The Medical Coder fit assessment shows how well a career in medical coding suits you, from {about}
            </p>
            {roster.length > 0 ? (
              <JoinNamePicker inviteToken={invite.inviteToken} counsellorName={who} names={roster} />
            ) : (
              <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-center">
                <ButtonLink href={`/assessment?invite=${encodeURIComponent(invite.inviteToken)}`} className="w-full sm:w-auto sm:px-8">
                  Start the assessment
                  <Icon name="arrowRight" />
                </ButtonLink>
                <p className="text-sm leading-relaxed text-slate-700">You choose whether to share at the end.</p>
              </div>
            )}
          </div>
        </PageContainer>
      </div>

      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto grid max-w-3xl gap-5">
          <section aria-labelledby="shared-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <h2 id="shared-heading" className="flex items-start gap-2.5 text-xl font-semibold tracking-tight text-slate-900">
              <Icon name="people" className="mt-0.5 size-6 shrink-0 text-brand-700" />
              What {who} will see if you agree
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">
              Your result is shared with {who} only, for the cohort {cohort}. They will see:
            </p>
            <SharedItems className="mt-2" />
          </section>

          <section aria-labelledby="choice-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <h2 id="choice-heading" className="flex items-start gap-2.5 text-xl font-semibold tracking-tight text-slate-900">
              <Icon name="unlock" className="mt-0.5 size-6 shrink-0 text-brand-700" />
              It stays your choice
            </h2>
            <ul className="mt-3 space-y-3 leading-relaxed text-pretty text-slate-800">
              <li className="flex gap-2.5">
                <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>
                  Nothing is shared unless you tick the consent box at the end, after you have checked your answers. Leave
                  it unticked and your report is yours alone.
                </span>
              </li>
              <li className="flex gap-2.5">
                <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>
                  You can withdraw at any time from your report page. That removes your result, and {who}&rsquo;s notes
                  about it, from their view at once.
                </span>
              </li>
              <li className="flex gap-2.5">
                <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>Your report is yours either way: keep it, print it or delete it whenever you like.</span>
              </li>
            </ul>
          </section>

          <section aria-labelledby="existing-heading" className="rounded-2xl border border-slate-200 bg-slate-50 p-5 sm:p-7">
            <h2 id="existing-heading" className="text-xl font-semibold tracking-tight text-slate-900">
              Already have a result?
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">
              You do not need to take it again. Open your report, go to &ldquo;Share with a counsellor&rdquo; near the end, and
              enter this cohort&rsquo;s code:{" "}
              <strong className="font-mono text-lg font-bold tracking-widest text-slate-900">{invite.code}</strong>.
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
