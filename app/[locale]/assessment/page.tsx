import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { Quiz } from "@/components/quiz/quiz";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { CAREER_PATH } from "@/lib/career/paths";
import { findInviteByToken } from "@/lib/cohorts/service";
import { profileIn } from "@/lib/i18n/profiles";
import { knownLocale } from "@/lib/i18n/routing";
import { medicalCoderProfile } from "@/lib/profiles";
import type { QuizInvite } from "@/lib/quiz/invite";
import { allItems, quizMinutes } from "@/lib/quiz/progress";
import { listRosterNames } from "@/lib/roster/service";
import { inviteTokenSchema } from "@/lib/validations/share";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = knownLocale(requested);
  const t = await getTranslations({ locale, namespace: "quiz.meta" });
  return { title: t("title"), description: t("description") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The invite in ?invite=<token>: found, unknown (a broken or old link), or not asked for. With
 * ?entry=<roster entry id>, the name the person picked on the invite page, if it is on the roster.
 */
async function readInvite(value: string | string[] | undefined, entry: string | string[] | undefined): Promise<QuizInvite | "unknown" | null> {
  if (value === undefined) return null;
  const token = first(value);
  if (!inviteTokenSchema.safeParse(token).success) return "unknown";
  const found = await findInviteByToken(token as string);
  if (!found) return "unknown";
  // Only what the quiz shows crosses to the browser (not the cohort's id): the roster's names, not roll numbers.
  const invite: QuizInvite = { token: found.inviteToken, cohortName: found.cohortName, counsellorName: found.counsellorName, invitesOpen: found.invitesOpen };
  const roster = found.invitesOpen ? await listRosterNames(found.cohortId) : [];
  if (roster.length > 0) invite.roster = roster;
  const picked = first(entry);
  if (picked && roster.some((name) => name.id === picked)) invite.rosterEntryId = picked;
  return invite;
}

export default async function AssessmentPage({ searchParams }: PageProps) {
  const t = await getTranslations("quiz");
  // The questions in the page's language; answers are kept by id, so they carry over between languages.
  const questionnaire = profileIn(medicalCoderProfile, await getLocale()).questionnaire;
  const minutes = quizMinutes(questionnaire, t);
  const questions = allItems(questionnaire).length;
  const query = await searchParams;
  const invite = await readInvite(query.invite, query.entry);

  return (
    <>
      {/* A slim banner: on a phone the step's first question must still fit the first screen. */}
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-3 sm:py-5">
          <div className="mx-auto max-w-2xl">
            <h1 className="text-lg leading-snug font-bold tracking-tight text-balance text-slate-900 sm:text-2xl">
              {t("page.title")}
            </h1>
            <p className="mt-0.5 text-sm leading-snug text-pretty text-slate-700 sm:mt-1">
              {t("page.promise", { questions, minutes })}{" "}
              <Link href={CAREER_PATH} className="font-semibold text-brand-800 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                {t("page.careerLink")}
              </Link>
            </p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="pt-4 pb-8 sm:pt-8 sm:pb-12">
        <div className="mx-auto max-w-2xl">
          {invite === "unknown" ? (
            <p className="mb-6 flex items-start gap-2.5 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm leading-relaxed text-amber-900">
              <Icon name="info" className="mt-px size-5 shrink-0 text-amber-800" />
              <span>
                {t.rich("page.inviteUnknown", {
                  link: (chunks: ReactNode) => (
                    <Link href="/join" className="font-semibold text-amber-900 underline underline-offset-2">
                      {chunks}
                    </Link>
                  ),
                })}
              </span>
            </p>
          ) : null}
          {/* Only the questionnaire crosses to the browser, not the whole career profile: in the page's language. */}
          <Quiz questionnaire={questionnaire} invite={invite === "unknown" ? null : invite} />
        </div>
      </PageContainer>
    </>
  );
}
