import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { InvitePrintButton } from "@/components/counsellor/invite-print-button";
import { InviteSheet } from "@/components/counsellor/invite-sheet";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { absoluteUrl } from "@/lib/api/route";
import { requireCounsellor } from "@/lib/auth/session";
import { inviteQrSvg } from "@/lib/cohorts/invite-qr";
import { cohortJson } from "@/lib/cohorts/json";
import { getCohort } from "@/lib/cohorts/service";
import { cohortInvitePath, inviteLinkIn } from "@/lib/counsellor/invite";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohorts.invite");
  return { title: t("metaTitle") };
}

/** Every request reads the cohort: it may have been paused or archived a moment ago. */
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ cohortId: string }> };

export default async function CohortInvitePage({ params }: PageProps) {
  const { cohortId } = await params;
  const counsellor = await requireCounsellor(cohortInvitePath(cohortId));
  // Scoped by counsellor: another counsellor's cohort reads as not found, like an unknown id.
  const found = await getCohort(counsellor.id, cohortId);
  if (!found) notFound();

  // The same invite link the cohort card shows: built from the request's host, as the API does.
  const request = new Request("http://localhost/counsellor/cohorts", { headers: new Headers(await headers()) });
  const cohort = cohortJson(request, found);
  const t = await getTranslations("cohorts.invite");
  // The sheet is in the page's language, and so are its links: /hi/join/… opens the invite in Hindi.
  const locale = await getLocale();
  const inviteUrl = inviteLinkIn(cohort.inviteUrl, locale);
  // An archived or paused cohort gets no sheet: a QR code that leads nowhere is worse than none.
  const closed = cohort.archivedAt
    ? { title: t("archivedTitle", { name: cohort.name }), text: t("archivedText") }
    : cohort.invitesOpen
      ? null
      : { title: t("pausedTitle", { name: cohort.name }), text: t("pausedText") };
  const qrSvg = closed ? null : await inviteQrSvg(inviteUrl);

  return (
    <>
      {/* With a sheet, only the sheet is printed; without one, the notice is. */}
      <div className={`${closed ? "" : "print-hidden "}border-b border-slate-200 bg-brand-50`}>
        <PageContainer className="py-6 sm:py-10">
          <div className="mx-auto max-w-3xl">
            <Link
              href="/counsellor/cohorts"
              className="-ml-1 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-1 text-sm font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
            >
              <Icon name="arrowLeft" className="size-4 shrink-0" />
              {t("backToCohorts")}
            </Link>
            <p className="mt-3 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              {t("heading")}
            </h1>
            {closed ? (
              <section
                aria-labelledby="invite-closed-title"
                data-invite-closed
                className="mt-5 rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-7"
              >
                <h2 id="invite-closed-title" className="flex items-start gap-2.5 text-xl leading-snug font-bold tracking-tight text-amber-950">
                  <Icon name="alert" className="mt-0.5 size-6 shrink-0 text-amber-800" />
                  <span className="min-w-0 break-words">{closed.title}</span>
                </h2>
                <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty text-amber-950">{closed.text}</p>
                <ButtonLink href="/counsellor/cohorts" className="mt-5">
                  {t("goToCohorts")}
                  <Icon name="arrowRight" className="size-5 shrink-0" />
                </ButtonLink>
              </section>
            ) : (
              <>
                <p className="mt-3 max-w-[62ch] leading-relaxed text-pretty break-words text-slate-700 sm:text-lg">
                  {t("lead", { name: cohort.name })}
                </p>
                <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2">
                  <InvitePrintButton label={t("print")} icon={<Icon name="printer" className="size-5 shrink-0" />} />
                  <p className="text-sm leading-relaxed text-slate-600">{t("printHint")}</p>
                </div>
              </>
            )}
          </div>
        </PageContainer>
      </div>
      {qrSvg ? (
        <PageContainer className="py-8 sm:py-12 print:p-0">
          <div className="mx-auto max-w-3xl">
            <InviteSheet
              cohortName={cohort.name}
              counsellorName={counsellor.name}
              code={cohort.code}
              inviteUrl={inviteUrl}
              joinUrl={inviteLinkIn(absoluteUrl(request, "/join"), locale)}
              qrSvg={qrSvg}
            />
          </div>
        </PageContainer>
      ) : null}
    </>
  );
}
