import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TryWork } from "@/components/try-work/try-work";
import { PageContainer } from "@/components/ui/page-container";
import { knownLocale } from "@/lib/i18n/routing";
import { tryWorkExercise } from "@/lib/try-work/exercise";
import { exerciseMinutes } from "@/lib/try-work/reading-time";
import { exerciseIn } from "@/lib/try-work/words";
import { assessmentIdSchema } from "@/lib/validations/assessment";

const minutes = exerciseMinutes(tryWorkExercise);
const notes = tryWorkExercise.notes.length;

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: knownLocale(locale), namespace: "tryWork" });
  return {
    title: t("title"),
    description: t("description", { notes, minutes }),
  };
}

/** ?report=<id>: opened from a report, so the outcome can go back to it (when this device owns it). */
function readReportId(value: string | string[] | undefined): string | null {
  const id = Array.isArray(value) ? value[0] : value;
  return assessmentIdSchema.safeParse(id).success ? (id as string) : null;
}

/**
 * The exercise in the page's language: its notes, options and explanations come from the
 * `tryWork` messages (lib/try-work/words.ts); ids, codes and the right answers are the same in
 * every language, so the score and what is saved do not depend on it.
 */
export default async function TryWorkPage({ searchParams }: PageProps) {
  const reportId = readReportId((await searchParams).report);
  const t = await getTranslations("tryWork");
  return (
    <>
      {/* A slim banner like the assessment's, so the first note starts high on a phone. */}
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-3 sm:py-5">
          <div className="mx-auto max-w-2xl">
            <h1 className="text-lg leading-snug font-bold tracking-tight text-balance text-slate-900 sm:text-2xl">{t("title")}</h1>
            <p className="mt-0.5 text-sm leading-snug text-pretty text-slate-700 sm:mt-1">{t("promise", { notes, minutes })}</p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="pt-4 pb-8 sm:pt-8 sm:pb-12">
        <div className="mx-auto max-w-2xl">
          <TryWork exercise={exerciseIn(tryWorkExercise, t)} reportId={reportId} />
        </div>
      </PageContainer>
    </>
  );
}
