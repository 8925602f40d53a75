import { useTranslations } from "next-intl";
import { certificationsByIssuer, marketList, marketsView, sameSources } from "@/lib/career/view";
import { stageRole, wordFor } from "@/lib/career/words";
import type { CareerProfile } from "@/lib/profiles";
import { CareerSection, Detail, Fact, Panel, SourceMarks, SubHeading, Tag } from "./parts";
import { SourcesDifferNotes } from "./source-notes";

/** The picture in each country (job title, notes, credentials that count), then every credential. */
export function CertificationsSection({ profile }: { profile: CareerProfile }) {
  const markets = marketsView(profile);
  const t = useTranslations("career");
  return (
    <CareerSection id="certifications" title={t("sections.certifications.title")} intro={<p>{t("sections.certifications.intro")}</p>}>
      <SubHeading>{t("certifications.byCountry")}</SubHeading>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 md:items-start lg:grid-cols-3">
        {markets.map((market) => (
          <Panel key={market.id} as="li" data={`market:${market.id}`}>
            <h4 className="text-lg font-semibold text-slate-900">
              <Fact source={market.source}>{market.name}</Fact>
            </h4>
            <p className="mt-1 text-[0.9375rem] leading-relaxed text-pretty text-slate-700">{market.notes}</p>
            <dl className="mt-3 space-y-2.5 border-t border-slate-200 pt-3">
              <Detail label={t("certifications.roleTitle")}>{market.roleTitle}</Detail>
              {market.roles.length ? (
                <Detail label={t("certifications.stageRoles")}>
                  <span className="block space-y-0.5">
                    {market.roles.map((entry) => (
                      <span key={entry.stage} className="block">
                        <Fact source={entry.source} hideSource={sameSources(entry.source, market.source)}>
                          {stageRole(t, entry.stageName, entry.roles)}
                        </Fact>
                      </span>
                    ))}
                  </span>
                </Detail>
              ) : null}
              {market.entryStep ? (
                <Detail label={t("certifications.wayIn")}>
                  <span className="block font-medium text-slate-900">{market.entryStep.title}</span>
                  <span className="block">
                    <Fact source={market.entryStep.source} hideSource={sameSources(market.entryStep.source, market.source)}>
                      {market.entryStep.detail}
                    </Fact>
                  </span>
                </Detail>
              ) : null}
              <Detail label={t("certifications.credentials")}>
                <span className="flex flex-wrap gap-1.5 pt-0.5">
                  {market.credentials.map((credential) => (
                    <a
                      key={credential.id}
                      href={`#cert-${credential.id}`}
                      className="inline-flex min-h-6 items-center rounded-md bg-brand-100 px-2 text-sm font-semibold text-brand-900 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700"
                    >
                      {credential.code}
                    </a>
                  ))}
                </span>
              </Detail>
            </dl>
          </Panel>
        ))}
      </ul>

      <div className="mt-12">
        <SubHeading>{t("certifications.all")}</SubHeading>
        <SourcesDifferNotes profile={profile} near="certification" />
        <div className="mt-4 grid gap-5 lg:grid-cols-2 lg:items-start">
          {certificationsByIssuer(profile.content).map((group) => (
            <Panel key={group.issuer} data={`issuer:${group.issuer}`}>
              <h4 className="text-lg leading-snug font-semibold text-pretty text-slate-900">
                <span className="sr-only">{t("certifications.issuer")}: </span>
                {group.issuer}
              </h4>
              <ul className="mt-1 divide-y divide-slate-200">
                {group.items.map((certification) => (
                  <li key={certification.id} id={`cert-${certification.id}`} className="py-4 last:pb-0" data-fact-scope={`cert:${certification.id}`}>
                    <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                      <h5 className="leading-snug text-slate-900">
                        <span className="mr-2 text-lg font-bold tracking-tight">{certification.code}</span>
                        <span className="font-semibold text-pretty">
                          <Fact source={certification.source}>{certification.name}</Fact>
                        </span>
                      </h5>
                      <Tag tone={certification.level === "core" ? "brand" : "slate"}>{wordFor(t, "certifications.level", certification.level)}</Tag>
                    </div>
                    <p className="mt-1.5 leading-relaxed text-pretty text-slate-700">{certification.focus}</p>
                    <dl className="mt-1.5 space-y-1 text-sm leading-relaxed text-pretty text-slate-700">
                      <div>
                        <dt className="inline font-semibold text-slate-900">{t("certifications.markets")}: </dt>
                        <dd className="inline">
                          {marketList(t, certification.markets)}
                          {certification.marketsBasis ? <SourceMarks source={certification.marketsBasis.source} /> : null}
                        </dd>
                      </div>
                      {certification.eligibility ? (
                        <div>
                          <dt className="inline font-semibold text-slate-900">{t("certifications.eligibility")}: </dt>
                          <dd className="inline">{certification.eligibility}</dd>
                        </div>
                      ) : null}
                    </dl>
                  </li>
                ))}
              </ul>
            </Panel>
          ))}
        </div>
      </div>
    </CareerSection>
  );
}
