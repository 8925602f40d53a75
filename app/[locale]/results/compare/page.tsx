import type { Metadata } from "next";
import { CompareView } from "@/components/results/compare-view";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  title: "Compare two results",
  description: "Two Medical Coder fit results side by side: score, band, skills gaps and signals, and what changed.",
  robots: { index: false, follow: false },
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function ComparePage({ searchParams }: PageProps) {
  const params = await searchParams;
  const a = one(params.a);
  const b = one(params.b);
  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-6 sm:py-10">
          <div className="mx-auto max-w-3xl">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Attempt history</p>
            <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
              Compare two results
            </h1>
            <p className="mt-3 max-w-[60ch] text-sm leading-relaxed text-pretty text-slate-700 sm:text-base">
              The earlier result on the left, the later one on the right, and what changed between them.
            </p>
          </div>
        </PageContainer>
      </div>
      <PageContainer className="py-8 sm:py-12">
        <div className="mx-auto max-w-3xl">
          <CompareView key={`${a}:${b}`} a={a} b={b} />
        </div>
      </PageContainer>
    </>
  );
}
