import { useTranslations } from "next-intl";
import { sharedSources } from "@/lib/career/view";
import { gbpAnnual, inrAnnual, inrMonthly, usdAnnual, yearsWords } from "@/lib/career/words";
import type { CareerProfile } from "@/lib/profiles";
import { CareerSection, Detail, Fact, Panel, SourceMarks, SubHeading } from "./parts";
import { SourcesDifferNotes } from "./source-notes";

/** The six career stages with their years of experience and job titles. */
export function ProgressionSection({ profile }: { profile: CareerProfile }) {
  const t = useTranslations("career");
  return (
    <CareerSection id="progression" title={t("sections.progression.title")} intro={<p>{t("sections.progression.intro")}</p>}>
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {profile.progression.map((stage, index) => (
          <Panel key={stage.id} as="li" data={`stage:${stage.id}`} className="flex flex-col">
            <div className="flex items-center gap-3">
              <span
                aria-hidden="true"
                className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white"
              >
                {index + 1}
              </span>
              <h3 className="text-lg font-semibold text-slate-900">
                <Fact source={stage.source}>{stage.stage}</Fact>
              </h3>
            </div>
            <p className="mt-2 text-sm font-semibold text-brand-800">{yearsWords(t, stage.experienceYears)}</p>
            <p className="mt-2 leading-relaxed text-pretty text-slate-700">{stage.description}</p>
            <p className="mt-3 text-sm font-semibold text-slate-900">{t("progression.roles")}</p>
            <ul className="mt-1.5 flex flex-wrap gap-1.5">
              {stage.roles.map((role) => (
                <li key={role} className="rounded-full border border-slate-200 bg-slate-50 px-2.5 py-0.5 text-sm text-slate-800">
                  {role}
                </li>
              ))}
            </ul>
          </Panel>
        ))}
      </ol>
    </CareerSection>
  );
}

/** Salaries by market, never mixed: rupees for India, dollars for the USA, NHS pounds for the UK, none for Canada. */
export function PaySection({ profile }: { profile: CareerProfile }) {
  const { india, usa, note } = profile.content.salaries;
  const uk = profile.content.salaries.uk ?? [];
  const t = useTranslations("career");
  const indiaSource = sharedSources(india);
  const usaSource = sharedSources(usa);
  const ukSource = sharedSources(uk);
  return (
    <CareerSection id="pay" title={t("sections.pay.title")} intro={<p>{t("sections.pay.intro")}</p>} tinted>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <SubHeading source={indiaSource}>{t("pay.india")}</SubHeading>
          <ul className="mt-4 space-y-3">
            {india.map((row, index) => (
              <Panel key={row.stage} as="li" data={`salary-india:${index}`}>
                <h4 className="font-semibold text-slate-900">
                  <Fact source={row.source} hideSource={Boolean(indiaSource)}>
                    {row.stage}
                  </Fact>
                </h4>
                <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
                  <Detail label={t("pay.perYear")}>
                    <span className="font-semibold text-slate-900 tabular-nums">{inrAnnual(t, row.annualInrLakh)}</span>
                  </Detail>
                  <Detail label={t("pay.perMonth")}>
                    <span className="tabular-nums">{inrMonthly(t, row.monthlyInr)}</span>
                  </Detail>
                  <Detail label={t("pay.experience")}>{row.experience}</Detail>
                  <Detail label={t("pay.raisesPay")}>{row.differentiators}</Detail>
                </dl>
              </Panel>
            ))}
          </ul>
        </div>
        <div className="space-y-8">
          <div>
            <SubHeading source={usaSource}>{t("pay.usa")}</SubHeading>
            <ul className="mt-4 space-y-3">
              {usa.map((row, index) => (
                <Panel key={row.tier} as="li" data={`salary-usa:${index}`}>
                  <h4 className="font-semibold text-slate-900">
                    <Fact source={row.source} hideSource={Boolean(usaSource)}>
                      {row.tier}
                    </Fact>
                  </h4>
                  <dl className="mt-2">
                    <Detail label={t("pay.perYear")}>
                      <span className="font-semibold text-slate-900 tabular-nums">{usdAnnual(t, row.annualUsd)}</span>
                    </Detail>
                  </dl>
                </Panel>
              ))}
            </ul>
          </div>
          {uk.length ? (
            <div>
              <SubHeading source={ukSource}>{t("pay.uk")}</SubHeading>
              <ul className="mt-4 space-y-3">
                {uk.map((row, index) => (
                  <Panel key={`${row.role}-${row.band}`} as="li" data={`salary-uk:${index}`}>
                    <h4 className="font-semibold text-slate-900">
                      <Fact source={row.source} hideSource={Boolean(ukSource)}>
                        {row.role}
                      </Fact>
                    </h4>
                    <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
                      <Detail label={t("pay.perYear")}>
                        <span className="font-semibold text-slate-900 tabular-nums">{gbpAnnual(t, row.annualGbp)}</span>
                      </Detail>
                      <Detail label={t("pay.band")}>{row.band}</Detail>
                      <Detail label={t("pay.payScaleLabel")}>{t("pay.payScale", { country: row.payCountry, year: row.payYear })}</Detail>
                    </dl>
                    {row.bandNote ? <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-700">{row.bandNote}</p> : null}
                  </Panel>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="rounded-2xl border border-amber-300 bg-amber-50 p-4 sm:p-5" data-fact-scope="salary-none">
            <h3 className="font-semibold text-amber-950">{t("pay.noFigures")}</h3>
            <p className="mt-1 leading-relaxed text-pretty text-slate-800">{t("pay.noFiguresText")}</p>
          </div>
          <p className="text-sm leading-relaxed text-pretty text-slate-700" data-fact-scope="salary-note">
            {note}
            <SourceMarks source={[...(indiaSource ?? []), ...(usaSource ?? []), ...(ukSource ?? [])]} />
          </p>
          <SourcesDifferNotes profile={profile} near="stages" />
        </div>
      </div>
    </CareerSection>
  );
}
