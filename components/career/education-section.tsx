import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Icon } from "@/components/ui/icon";
import { marketName, sharedSources } from "@/lib/career/view";
import type { CareerProfile } from "@/lib/profiles";
import { CareerSection, Fact, Panel, SourcedList, SourceMarks, SubHeading, Tag } from "./parts";
import { SourcesDifferNotes } from "./source-notes";

/**
 * Degrees with their fit scores, the least education each country asks for, what employers ask
 * for beyond it, and where the sources disagree on the minimum.
 */
export function EducationSection({ profile }: { profile: CareerProfile }) {
  const { backgrounds, minimumByMarket } = profile.education;
  const { employerAsks } = profile.content;
  const asksSource = sharedSources(employerAsks);
  const sorted = [...backgrounds].sort((a, b) => b.fitScore - a.fitScore);
  const shared = sharedSources(backgrounds);
  const t = useTranslations("career");
  return (
    <CareerSection id="education" title={t("sections.education.title")} intro={<p>{t("sections.education.intro")}</p>}>
      <SubHeading source={shared}>{t("education.backgrounds")}</SubHeading>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {sorted.map((background) => (
          <Panel key={background.id} as="li" data={`background:${background.id}`}>
            <h4 className="text-lg leading-snug font-semibold text-pretty text-slate-900">
              <Fact source={background.source} hideSource={Boolean(shared)}>
                {background.degree}
              </Fact>
            </h4>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
              <p className="text-slate-900">
                <span className="sr-only">{t("education.fitScoreLabel")}: </span>
                <span className="text-2xl font-bold tabular-nums">{t("education.fitScore", { score: background.fitScore })}</span>
              </p>
              <Tag tone={background.preferred ? "brand" : "slate"}>{background.preferred ? t("education.preferred") : t("education.notPreferred")}</Tag>
            </div>
            <div aria-hidden="true" className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200">
              <div className="h-full rounded-full bg-brand-600" style={{ width: `${background.fitScore}%` }} />
            </div>
            <p className="mt-3 leading-relaxed text-pretty text-slate-700">{background.reason}</p>
          </Panel>
        ))}
      </ul>
      <p className="mt-5">
        <Link
          href="/backgrounds"
          className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
        >
          {t("education.compare")}
          <Icon name="arrowRight" className="size-4" />
        </Link>
      </p>

      <div className="mt-10">
        <SubHeading>{t("education.minimum")}</SubHeading>
        <dl className="mt-4 grid gap-3 md:grid-cols-2">
          {minimumByMarket.map((entry) => (
            <div key={entry.market} className="rounded-xl border border-slate-200 bg-white p-4" data-fact-scope={`minimum:${entry.market}`}>
              <dt className="font-semibold text-slate-900">{marketName(t, entry.market)}</dt>
              <dd className="mt-1 leading-relaxed text-pretty text-slate-700">
                {entry.text}
                <SourceMarks source={entry.source} />
              </dd>
            </div>
          ))}
        </dl>
        <SourcesDifferNotes profile={profile} near="education" />
      </div>

      <div className="mt-10">
        <SubHeading source={asksSource}>{t("education.employerAsks")}</SubHeading>
        <SourcedList items={employerAsks} className="mt-3 max-w-[68ch]" />
      </div>
    </CareerSection>
  );
}
