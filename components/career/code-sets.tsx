import { useTranslations } from "next-intl";
import type { CareerProfile } from "@/lib/profiles";
import { CareerSection, Panel, SourceMarks } from "./parts";
import { SeedCorrectionNote } from "./source-notes";

/**
 * ICD-10-CM, CPT and HCPCS with their example codes, and the note on ICD-11. CPT belongs to the
 * AMA: only the profile's two example codes appear, never a list of CPT descriptors. Where a seed
 * glosses an example wrongly, the correction shows under it.
 */
export function CodeSetsSection({ profile }: { profile: CareerProfile }) {
  const { codeSets, icd11Note } = profile.content;
  const t = useTranslations("career");
  return (
    <CareerSection id="code-sets" title={t("sections.codeSets.title")} intro={<p>{t("sections.codeSets.intro")}</p>}>
      <ul className="grid gap-5 lg:grid-cols-3">
        {codeSets.map((set) => (
          <Panel key={set.id} as="li" data={`code-set:${set.id}`} className="flex flex-col">
            <h3 className="text-lg leading-snug font-semibold text-pretty text-slate-900">
              {set.name}
              <SourceMarks source={set.source} />
            </h3>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">{set.describes}</p>
            {set.maintainedBy ? <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-600">{set.maintainedBy}</p> : null}
            <p className="mt-4 text-sm font-semibold text-slate-900">{t("codeSets.examples")}</p>
            <dl className="mt-2 space-y-2.5">
              {set.examples.map((example) => (
                <div key={example.code} className="flex flex-col gap-1.5 rounded-xl border border-slate-200 bg-slate-50 p-3 sm:flex-row sm:items-start sm:gap-3">
                  <dt className="shrink-0">
                    <code className="inline-block min-w-[5.5rem] rounded-lg bg-brand-600 px-2.5 py-1 text-center font-mono text-base font-semibold text-white">
                      {example.code}
                    </code>
                  </dt>
                  <dd className="text-sm leading-relaxed text-pretty text-slate-700">
                    {example.meaning}
                    <SourceMarks source={example.source} />
                    {example.correction ? <SeedCorrectionNote correction={example.correction} scope={`correction:${example.code}`} /> : null}
                  </dd>
                </div>
              ))}
            </dl>
            {set.id === "cpt" ? <p className="mt-3 text-sm leading-relaxed text-pretty text-slate-600">{t("codeSets.cptNote")}</p> : null}
          </Panel>
        ))}
      </ul>
      <div className="mt-6 max-w-[68ch] rounded-2xl border border-brand-200 bg-brand-50 p-4 sm:p-5" data-fact-scope="icd11">
        <h3 className="font-semibold text-slate-900">{t("codeSets.icd11")}</h3>
        <p className="mt-1 leading-relaxed text-pretty text-slate-700">
          {icd11Note.text}
          <SourceMarks source={icd11Note.source} />
        </p>
      </div>
    </CareerSection>
  );
}
