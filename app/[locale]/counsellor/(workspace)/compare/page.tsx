import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CompareTable } from "@/components/counsellor/compare-table";
import { InvitePrintButton } from "@/components/counsellor/invite-print-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageBanner } from "@/components/ui/page-banner";
import { PageContainer } from "@/components/ui/page-container";
import { requireCounsellor } from "@/lib/auth/session";
import { COMPARE_MAX, COMPARE_MIN, compareIdsProblem } from "@/lib/counsellor/compare-words";
import { compareStudents } from "@/lib/shares/compare-students";
import { compareIdsParam, compareIdsSchema, splitCompareIds } from "@/lib/validations/compare-ids";

// Nothing personal in the metadata.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("counsellor.compare.page");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Every request reads the shares: a student can stop sharing at any moment. */
export const dynamic = "force-dynamic";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CounsellorComparePage({ searchParams }: PageProps) {
  const raw = splitCompareIds((await searchParams).ids);
  const counsellor = await requireCounsellor(`/counsellor/compare${raw.length ? `?ids=${compareIdsParam(raw)}` : ""}`);
  const parsed = compareIdsSchema.safeParse(raw);
  // A foreign, unknown or withdrawn id fails the whole comparison alike (not-found.tsx), never saying whose.
  const locale = await getLocale();
  const students = parsed.success ? await compareStudents(counsellor.id, parsed.data, undefined, locale) : null;
  if (parsed.success && !students) notFound();
  const t = await getTranslations("counsellor");
  // The validation words its problems in English (the API's); the page says which one in its language.
  const problem = parsed.success
    ? null
    : t(`compare.ids.${raw.length === 0 ? "missing" : compareIdsProblem(parsed.error.issues[0]?.message)}`, {
        min: String(COMPARE_MIN),
        max: String(COMPARE_MAX),
      });

  return (
    <>
      <PageBanner
        eyebrow={t("workspace")}
        title={t("compare.page.title")}
        lead={students ? t("compare.page.intro", { count: String(students.length) }) : undefined}
        print
      />
      <PageContainer className="py-8 sm:py-10 print:py-2">
        {students ? (
          <>
            <div className="print-hidden mb-6 flex flex-col gap-3 sm:flex-row sm:items-center">
              <ButtonLink href="/counsellor" variant="secondary">
                <Icon name="arrowLeft" className="size-5 shrink-0" />
                {t("compare.page.back")}
              </ButtonLink>
              <InvitePrintButton label={t("compare.page.print")} icon={<Icon name="printer" className="size-5 shrink-0" />} />
            </div>
            <CompareTable students={students} />
          </>
        ) : (
          <div className="max-w-2xl rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-7">
            <h2 className="text-xl font-bold tracking-tight text-amber-950">{t("compare.page.problemTitle")}</h2>
            <p className="mt-2 flex items-start gap-2.5 leading-relaxed text-amber-950">
              <Icon name="alert" className="mt-0.5 size-5 shrink-0 text-amber-800" />
              <span>{problem}</span>
            </p>
            <ButtonLink href="/counsellor" variant="secondary" className="mt-5">
              <Icon name="arrowLeft" className="size-5 shrink-0" />
              {t("compare.page.back")}
            </ButtonLink>
          </div>
        )}
      </PageContainer>
    </>
  );
}
