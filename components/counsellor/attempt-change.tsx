import { useLocale, useTranslations } from "next-intl";
import { Delta, DeltaTable, SkillList } from "@/components/results/compare-parts";
import { PageContainer } from "@/components/ui/page-container";
import { summarizeChange } from "@/lib/counsellor/attempt-change";
import type { MarketId } from "@/lib/profiles";
import { formatTakenDate } from "@/lib/report";
import { formatScore } from "@/lib/report/format";
import type { ResultComparison } from "@/lib/results/compare";

export type AttemptChangeProps = {
  /** The attempt before this one: its number among the student's attempts and its date. */
  previous: { number: number; takenAt: Date };
  takenAt: Date;
  /** In the page's language (`comparisonIn`). */
  comparison: ResultComparison;
  market: MarketId;
  /** Band names by id, in the page's language. */
  bandNames: Record<string, string>;
};

/**
 * What changed between the student's previous attempt and this one: the overall score and band,
 * each part's score, the skill gaps closed and opened, and the step of their plan. The same
 * comparison (lib/results/compare.ts) and the same table as the student's own compare page.
 */
export function AttemptChange({ previous, takenAt, comparison: c, market, bandNames }: AttemptChangeProps) {
  const t = useTranslations("counsellor.attempts");
  const locale = useLocale();
  const summary = summarizeChange(c, t, (id) => bandNames[id] ?? id);
  return (
    <section aria-labelledby="attempt-change-heading" className="border-b border-slate-200 bg-slate-50" data-attempt-change>
      <PageContainer className="py-6 sm:py-8">
        <h2 id="attempt-change-heading" className="text-xl font-bold tracking-tight text-slate-900">
          {t("change.heading", { number: String(previous.number) })}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {t("change.lead", { before: formatTakenDate(previous.takenAt, market, locale), after: formatTakenDate(takenAt, market, locale) })}
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-2 font-semibold text-slate-900">
          {summary.headline} <Delta value={c.overall.delta} />
        </p>

        <div className="mt-5 grid gap-5 lg:grid-cols-2">
          <div className="min-w-0 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
            <DeltaTable
              caption={t("change.partsCaption")}
              rowHeader={t("change.partsHeader")}
              rows={[
                {
                  key: "overall",
                  label: t("change.overall"),
                  before: formatScore(c.overall.before),
                  after: formatScore(c.overall.after),
                  delta: c.overall.delta,
                },
                ...c.components.map((part) => ({
                  key: part.id,
                  label: part.label,
                  before: formatScore(part.before),
                  after: formatScore(part.after),
                  delta: part.delta,
                })),
              ]}
            />
          </div>
          <div className="min-w-0 space-y-5 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
            <dl className="grid gap-4 sm:grid-cols-2">
              <div>
                <dt className="font-semibold text-slate-900">{t("change.band")}</dt>
                <dd className="mt-1 leading-relaxed text-slate-800">{summary.band}</dd>
              </div>
              <div>
                <dt className="font-semibold text-slate-900">{t("change.planStep")}</dt>
                <dd className="mt-1 leading-relaxed text-slate-800">{summary.planStep}</dd>
              </div>
            </dl>
            <div className="grid gap-5 sm:grid-cols-2">
              <SkillList title={t("change.gapsClosed")} skills={c.gapsClosed} empty={t("change.gapsClosedNone")} />
              <SkillList title={t("change.gapsOpened")} skills={c.gapsOpened} empty={t("change.gapsOpenedNone")} />
            </div>
          </div>
        </div>
      </PageContainer>
    </section>
  );
}
