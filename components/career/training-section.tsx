import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { marketName, programmesByMarket, sharedSources } from "@/lib/career/view";
import type { CareerProfile } from "@/lib/profiles";
import { CareerSection, Detail, Fact, Panel, SubHeading } from "./parts";
import { SourcesDifferNotes } from "./source-notes";

/** Course types with durations and providers, then named programmes by country (one disclosure each). */
export function TrainingSection({ profile }: { profile: CareerProfile }) {
  const { courseTypes } = profile.content;
  const countries = programmesByMarket(profile.content);
  const coursesSource = sharedSources(courseTypes);
  const t = useTranslations("career");
  return (
    <CareerSection id="training" title={t("sections.training.title")} intro={<p>{t("sections.training.intro")}</p>} tinted>
      <SubHeading source={coursesSource}>{t("training.courseTypes")}</SubHeading>
      <ul className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {courseTypes.map((course) => (
          <Panel key={course.id} as="li" data={`course:${course.id}`}>
            <h4 className="leading-snug font-semibold text-pretty text-slate-900">
              <Fact source={course.source} hideSource={Boolean(coursesSource)}>
                {course.name}
              </Fact>
            </h4>
            <p className="mt-1 inline-flex items-center gap-1.5 text-sm font-semibold text-brand-800">
              <Icon name="clock" className="size-4" />
              <span>
                <span className="sr-only">{t("training.duration")}: </span>
                {course.duration}
              </span>
            </p>
            <dl className="mt-3 space-y-2.5 text-[0.9375rem]">
              <Detail label={t("training.bestFor")}>{course.bestFor}</Detail>
              {course.examples.length ? <Detail label={t("training.providers")}>{course.examples.join("; ")}</Detail> : null}
            </dl>
          </Panel>
        ))}
      </ul>
      <SourcesDifferNotes profile={profile} near="courses" />

      <div className="mt-12">
        <SubHeading lead={t("training.programmesLead")}>{t("training.programmes")}</SubHeading>
        <div className="mt-4 space-y-3">
          {countries.map((country) => (
            <details key={country.market} className="group rounded-2xl border border-slate-200 bg-white" data-fact-scope={`programmes:${country.market}`}>
              <summary className="flex min-h-14 cursor-pointer list-none items-center justify-between gap-3 rounded-2xl px-4 py-3 hover:bg-brand-50 sm:px-6 [&::-webkit-details-marker]:hidden">
                <span>
                  <span className="text-lg font-semibold text-slate-900">{marketName(t, country.market)}</span>
                  <span className="ml-2 text-sm text-slate-600">{t("training.programmeCount", { count: country.count })}</span>
                </span>
                <Icon name="chevron" className="size-5 shrink-0 text-brand-700 transition-transform group-open:rotate-90" />
              </summary>
              <div className="space-y-6 border-t border-slate-200 px-4 py-5 sm:px-6">
                {country.groups.map((group) => (
                  <div key={group.category}>
                    <h4 className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{group.category}</h4>
                    <ul className="mt-2 divide-y divide-slate-200">
                      {group.items.map((item) => (
                        <li key={`${item.institution}-${item.programme}`} className="py-3 first:pt-1 last:pb-0" data-fact-scope={`programme:${item.institution}|${item.programme}`}>
                          <p className="font-semibold text-pretty text-slate-900">
                            <Fact source={item.source}>{item.programme}</Fact>
                          </p>
                          <p className="text-sm text-slate-700">{item.institution}</p>
                          <p className="mt-1 leading-relaxed text-pretty text-slate-700">{item.why}</p>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </details>
          ))}
        </div>
      </div>
    </CareerSection>
  );
}
