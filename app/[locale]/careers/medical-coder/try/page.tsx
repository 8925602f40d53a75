import type { Metadata } from "next";
import { TryWork } from "@/components/try-work/try-work";
import { PageContainer } from "@/components/ui/page-container";
import { tryWorkExercise } from "@/lib/try-work/exercise";
import { exerciseMinutes } from "@/lib/try-work/reading-time";
import { tryWorkWords } from "@/lib/try-work/words";
import { assessmentIdSchema } from "@/lib/validations/assessment";

const minutes = exerciseMinutes(tryWorkExercise);
const notes = tryWorkExercise.notes.length;

export const metadata: Metadata = {
  title: tryWorkWords.title,
  description: tryWorkWords.description(notes, minutes),
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?report=<id>: opened from a report, so the outcome can go back to it (when this device owns it). */
function readReportId(value: string | string[] | undefined): string | null {
  const id = Array.isArray(value) ? value[0] : value;
  return assessmentIdSchema.safeParse(id).success ? (id as string) : null;
}

export default async function TryWorkPage({ searchParams }: PageProps) {
  const reportId = readReportId((await searchParams).report);
  return (
    <>
      {/* A slim banner like the assessment's, so the first note starts high on a phone. */}
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-3 sm:py-5">
          <div className="mx-auto max-w-2xl">
            <h1 className="text-lg leading-snug font-bold tracking-tight text-balance text-slate-900 sm:text-2xl">{tryWorkWords.title}</h1>
            <p className="mt-0.5 text-sm leading-snug text-pretty text-slate-700 sm:mt-1">{tryWorkWords.promise(notes, minutes)}</p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="pt-4 pb-8 sm:pt-8 sm:pb-12">
        <div className="mx-auto max-w-2xl">
          <TryWork exercise={tryWorkExercise} reportId={reportId} />
        </div>
      </PageContainer>
    </>
  );
}
