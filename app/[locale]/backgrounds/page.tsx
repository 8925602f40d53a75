import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BackgroundsListing } from "@/components/backgrounds/backgrounds-listing";
import { ComparePicker } from "@/components/backgrounds/compare-picker";
import { CompareView } from "@/components/backgrounds/compare-view";
import { OtherDegrees } from "@/components/backgrounds/other-degrees";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";
import { buildBackgroundRows, buildOtherDegrees, parseCompare, parseSort, sortRows } from "@/lib/backgrounds";
import { medicalCoderProfile } from "@/lib/profiles";

export const metadata: Metadata = {
  title: "Compare education backgrounds",
  description:
    "Nursing, life sciences, B.Pharm, 12th Science or any bachelor's degree: how each background fits the Medical Coder career, what it brings and what it must add.",
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BackgroundsPage({ searchParams }: PageProps) {
  const query = await searchParams;
  const profile = medicalCoderProfile;
  const rows = buildBackgroundRows(profile);
  const sort = parseSort(query.sort);
  const compare = parseCompare(
    query.compare,
    rows.map((row) => row.id),
  );
  const compared = compare.map((id) => rows.find((row) => row.id === id)!);
  const totalSteps = profile.learningPath.length;

  return (
    <>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-10 sm:py-14">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{profile.title} · Education</p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            Compare education backgrounds
          </h1>
          <p className="mt-4 max-w-[65ch] text-base leading-relaxed text-pretty text-slate-700 sm:text-lg">
            Have a B.Pharm, a nursing degree or a B.Com? See how each background fits medical coding: its fit score, what
            someone from it usually already knows, what they still need to learn, and where on the {totalSteps}-step
            learning path they would start. Skill levels run from 0 (not started) to 4 (expert).
          </p>
        </PageContainer>
      </div>

      <Section id="all" title={`All ${rows.length} backgrounds`} intro="The typical picture for each background, from the same data the assessment scores with.">
        <BackgroundsListing rows={sortRows(rows, sort)} sort={sort} compare={compare} totalSteps={totalSteps} />
      </Section>

      <Section id="compare" title="Compare side by side" intro="Pick two or three backgrounds to see them column by column. The link keeps your choice, so you can share it.">
        <ComparePicker key={compare.join(",")} options={rows.map(({ id, degree }) => ({ id, degree }))} selected={compare} sort={sort} />
        {compared.length >= 2 ? <CompareView rows={compared} totalSteps={totalSteps} /> : null}
        {compared.length === 1 ? (
          <p className="mt-6 text-slate-700">Choose one or two more backgrounds to compare with {compared[0]!.degree}.</p>
        ) : null}
      </Section>

      <Section
        id="other-degrees"
        title="Your degree not listed?"
        intro="Other degrees count as the nearest background above. This is how the assessment scores them."
      >
        <OtherDegrees degrees={buildOtherDegrees(profile)} />
        <div className="mt-10 flex flex-wrap gap-3">
          <ButtonLink href="/assessment">Take the assessment</ButtonLink>
        </div>
      </Section>
    </>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="border-t border-slate-200 py-10 first-of-type:border-t-0 sm:py-14">
      <PageContainer>
        <div className="max-w-[68ch]">
          <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl">
            {title}
          </h2>
          <p className="mt-2 leading-relaxed text-pretty text-slate-700">{intro}</p>
        </div>
        {children}
      </PageContainer>
    </section>
  );
}
