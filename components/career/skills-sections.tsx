import { useTranslations } from "next-intl";
import { sharedSources } from "@/lib/career/view";
import { importanceWords, inMarket, levelWithLabel, wordFor } from "@/lib/career/words";
import type { CareerProfile, MarketId, Trait } from "@/lib/profiles";
import { CareerSection, Fact, Panel, SourceMarks, SourceNote, Tag } from "./parts";

/**
 * Every skill with its importance, the level the work needs (in words) and what it is used for,
 * with its own name and use in the markets that code differently (OPCS-4 in the UK, CCI in Canada).
 */
export function SkillsSection({ profile }: { profile: CareerProfile }) {
  const shared = sharedSources(profile.skills);
  const t = useTranslations("career");
  return (
    <CareerSection
      id="skills"
      title={t("sections.skills.title")}
      intro={
        <p>
          {t("sections.skills.intro")} {shared ? <SourceNote source={shared} /> : null}
        </p>
      }
    >
      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {profile.skills.map((skill) => (
          <Panel key={skill.id} as="li" data={`skill:${skill.id}`}>
            <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">{wordFor(t, "skills.type", skill.type)}</p>
            <div className="mt-1 flex flex-wrap items-start justify-between gap-x-3 gap-y-1.5">
              <h3 className="text-lg leading-snug font-semibold text-slate-900">
                <Fact source={skill.source} hideSource={Boolean(shared)}>
                  {skill.name}
                </Fact>
              </h3>
              <Tag tone={skill.importance === "high" ? "brand" : "slate"}>{importanceWords(t, skill.importance)}</Tag>
            </div>
            <dl className="mt-2 space-y-1 text-sm leading-relaxed text-pretty text-slate-700">
              <div>
                <dt className="inline font-semibold text-slate-900">{t("skills.needs")}: </dt>
                <dd className="inline">{levelWithLabel(t, skill.requiredLevel, skill.requiredLevelLabel)}</dd>
              </div>
              <div>
                <dt className="inline font-semibold text-slate-900">{t("skills.usedFor")}: </dt>
                <dd className="inline">{skill.usedFor}</dd>
              </div>
              {(Object.entries(skill.byMarket ?? {}) as [MarketId, NonNullable<typeof skill.byMarket>[MarketId]][]).map(([market, local]) =>
                local ? (
                  <div key={market}>
                    <dt className="inline font-semibold text-slate-900">{inMarket(t, market)}: </dt>
                    <dd className="inline">
                      {local.name ? <span className="font-semibold text-slate-900">{local.name}{t("list.stop")} </span> : null}
                      {local.usedFor}
                      <SourceMarks source={local.source} />
                    </dd>
                  </div>
                ) : null,
              )}
            </dl>
          </Panel>
        ))}
      </ul>
    </CareerSection>
  );
}

/** The traits that help and the ones that make the work hard going. */
export function TemperamentSection({ profile }: { profile: CareerProfile }) {
  const goodFit = profile.traits.filter((trait) => trait.kind === "good-fit");
  const notIdeal = profile.traits.filter((trait) => trait.kind === "not-ideal");
  const t = useTranslations("career");
  return (
    <CareerSection id="temperament" title={t("sections.temperament.title")} intro={<p>{t("sections.temperament.intro")}</p>} tinted>
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <TraitList heading={t("temperament.goodFit")} traits={goodFit} tone="good" />
        <TraitList heading={t("temperament.notIdeal")} traits={notIdeal} tone="caution" />
      </div>
    </CareerSection>
  );
}

function TraitList({ heading, traits, tone }: { heading: string; traits: Trait[]; tone: "good" | "caution" }) {
  const shared = sharedSources(traits);
  const t = useTranslations("career");
  return (
    <Panel className={tone === "good" ? "border-t-4 border-t-brand-600" : "border-t-4 border-t-amber-500"} data={`traits:${tone === "good" ? "good-fit" : "not-ideal"}`}>
      <h3 className="text-xl font-semibold tracking-tight text-slate-900">{heading}</h3>
      {shared ? (
        <p className="mt-1 text-sm">
          <SourceNote source={shared} />
        </p>
      ) : null}
      <ul className="mt-4 divide-y divide-slate-200">
        {traits.map((trait) => (
          <li key={trait.id} className="py-3 first:pt-0 last:pb-0" data-fact-scope={`trait:${trait.id}`}>
            <p className="font-semibold text-slate-900">
              <Fact source={trait.source} hideSource={Boolean(shared)}>
                {trait.name}
              </Fact>
            </p>
            <p className="mt-0.5 leading-relaxed text-pretty text-slate-700">{trait.description}</p>
            <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-600">
              <span className="font-semibold text-slate-800">{t("temperament.atWork")}: </span>
              {trait.dayToDay}
            </p>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
