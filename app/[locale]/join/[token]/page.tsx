import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { JoinNamePicker } from "@/components/share/join-name-picker";
import { SharedItems } from "@/components/share/shared-items";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { findInviteByToken } from "@/lib/cohorts/service";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { allItems, quizMinutes } from "@/lib/quiz/progress";
import { listRosterNames } from "@/lib/roster/service";

/** An invite can be turned off at any moment: read it on every request. */
export const dynamic = "force-dynamic";

// No names in the metadata: the title is the same for every invite, and invites are not indexed.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join.invite");
  return { title: t("metaTitle"), description: t("metaDescription"), robots: { index: false, follow: false } };
}

type PageProps = { params: Promise<{ token: string }> };

export default async function JoinInvitePage({ params }: PageProps) {
  const { token } = await params;
  const invite = await findInviteByToken(token);
  if (!invite) notFound();

  const t = await getTranslations("join.invite");
  // The quiz as this page's language has it: its count and its own time estimate.
  const questionnaire = profileIn(medicalCoderProfile, await getLocale()).questionnaire;
  const questions = allItems(questionnaire).length;
  const who = invite.counsellorName;
  const cohort = invite.cohortName;
  const about = t("about", { questions, minutes: quizMinutes(questionnaire, await getTranslations("quiz")) });

  if (!invite.invitesOpen) {
    return (
      <>
        <div className="border-b border-slate-200 bg-brand-50">
          <PageContainer className="py-8 sm:py-12">
            <div className="mx-auto max-w-3xl">
              <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
              <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
                {invite.archived ? t("archivedHeading") : t("pausedHeading")}
              </h1>
              <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">
                {invite.archived ? t("archivedText", { who, cohort, about }) : t("pausedText", { who, cohort, about })}
              </p>
              <div className="mt-6">
                <ButtonLink href="/assessment" className="w-full sm:w-auto sm:px-8">
                  {t("takeForYourself")}
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
              {t("mistakeHeading")}
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">
              {invite.archived ? t("archivedMistake", { who }) : t("pausedMistake", { who })}
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
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              {t("heading", { who, cohort })}
            </h1>
            <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg">
              {t("lead", { about })}
            </p>
            {roster.length > 0 ? (
              <JoinNamePicker inviteToken={invite.inviteToken} counsellorName={who} names={roster} />
            ) : (
              <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-center">
                <ButtonLink href={`/assessment?invite=${encodeURIComponent(invite.inviteToken)}`} className="w-full sm:w-auto sm:px-8">
                  {t("start")}
                  <Icon name="arrowRight" />
                </ButtonLink>
                <p className="text-sm leading-relaxed text-slate-700">{t("chooseAtEnd")}</p>
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
              {t("sharedHeading", { who })}
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">
              {t("sharedText", { who, cohort })}
            </p>
            <SharedItems className="mt-2" />
          </section>

          <section aria-labelledby="choice-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <h2 id="choice-heading" className="flex items-start gap-2.5 text-xl font-semibold tracking-tight text-slate-900">
              <Icon name="unlock" className="mt-0.5 size-6 shrink-0 text-brand-700" />
              {t("choiceHeading")}
            </h2>
            <ul className="mt-3 space-y-3 leading-relaxed text-pretty text-slate-800">
              <li className="flex gap-2.5">
                <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>{t("choiceConsent")}</span>
              </li>
              <li className="flex gap-2.5">
                <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>{t("choiceWithdraw", { who })}</span>
              </li>
              <li className="flex gap-2.5">
                <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>{t("choiceYours")}</span>
              </li>
            </ul>
          </section>

          <section aria-labelledby="existing-heading" className="rounded-2xl border border-slate-200 bg-slate-50 p-5 sm:p-7">
            <h2 id="existing-heading" className="text-xl font-semibold tracking-tight text-slate-900">
              {t("existingHeading")}
            </h2>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">
              {t.rich("existingText", {
                code: invite.code,
                strong: (chunks) => <strong className="font-mono text-lg font-bold tracking-widest text-slate-900">{chunks}</strong>,
              })}
            </p>
            <p className="mt-3">
              <Link
                href="/results"
                className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
              >
                {t("openResults")}
                <Icon name="arrowRight" className="size-4.5" />
              </Link>
            </p>
          </section>
        </div>
      </PageContainer>
    </>
  );
}
