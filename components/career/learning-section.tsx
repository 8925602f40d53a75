import { useTranslations } from "next-intl";
import { activitiesFor, sameSources, sharedSources, skillNames } from "@/lib/career/view";
import { inMarkets, monthsWords, wordFor } from "@/lib/career/words";
import type { CareerProfile } from "@/lib/profiles";
import { Bullet, Bullets, CareerSection, Fact, Panel, SubHeading } from "./parts";

/** The six-step learning path, the month-by-month journey and the practice projects. */
export function LearningSection({ profile }: { profile: CareerProfile }) {
  const { learningPath } = profile;
  const { journey, projects } = profile.content;
  const t = useTranslations("career");
  const pathSource = sharedSources(learningPath);
  const journeySource = sharedSources(journey);
  const projectsSource = sharedSources(projects);
  return (
    <CareerSection id="learning" title={t("sections.learning.title")} intro={<p>{t("sections.learning.intro")}</p>} tinted>
      <SubHeading lead={t("learning.pathLead")} source={pathSource}>
        {t("learning.path")}
      </SubHeading>
      <ol className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {learningPath.map((step) => (
          <Panel key={step.step} as="li" data={`step:${step.step}`}>
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("learning.step", { step: step.step, total: learningPath.length })}</p>
            <h4 className="mt-1 leading-snug font-semibold text-pretty text-slate-900">
              <Fact source={step.source} hideSource={Boolean(pathSource)}>
                {step.focus}
              </Fact>
            </h4>
            <dl className="mt-2 space-y-1 text-sm leading-relaxed text-pretty text-slate-700">
              <div>
                <dt className="inline font-semibold text-slate-900">{t("learning.task")}: </dt>
                <dd className="inline">{step.task}</dd>
              </div>
              <div>
                <dt className="inline font-semibold text-slate-900">{t("learning.output")}: </dt>
                <dd className="inline">{step.output}</dd>
              </div>
            </dl>
          </Panel>
        ))}
      </ol>

      <div className="mt-12">
        <SubHeading source={journeySource}>{t("learning.journey")}</SubHeading>
        <ol className="mt-5 space-y-0">
          {journey.map((phase, index) => (
            <li key={phase.phase} className="relative flex gap-4 pb-4 last:pb-0 sm:pb-6" data-fact-scope={`phase:${phase.phase}`}>
              {/* The timeline's line and numbers from 640 px; a phone shows "Phase N" in the card instead. */}
              {index < journey.length - 1 ? (
                <span aria-hidden="true" className="absolute top-9 bottom-0 left-[1.0625rem] hidden w-0.5 bg-brand-200 sm:block" />
              ) : null}
              <span
                aria-hidden="true"
                className="relative hidden size-9 shrink-0 items-center justify-center rounded-full border-2 border-brand-600 bg-white font-bold text-brand-700 sm:inline-flex"
              >
                {phase.phase}
              </span>
              <div className="min-w-0 flex-1 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
                <h4 className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
                  <span className="block w-full text-xs font-semibold tracking-wide text-brand-700 uppercase sm:sr-only">
                    {t("learning.phase", { phase: phase.phase })}
                    <span className="sr-only">: </span>
                  </span>
                  <span className="font-semibold text-slate-900">
                    <Fact source={phase.source} hideSource={Boolean(journeySource)}>
                      {phase.name}
                    </Fact>
                  </span>
                  <span className="text-sm font-medium text-brand-800">{monthsWords(t, phase.months)}</span>
                </h4>
                <Bullets className="mt-2 text-[0.9375rem]">
                  {phase.activities.map((activity) => (
                    <Bullet key={activity}>{activity}</Bullet>
                  ))}
                  {activitiesFor(phase).map((activity) => (
                    <Bullet key={activity.text}>
                      {activity.markets ? <span className="font-semibold text-slate-900">{inMarkets(t, activity.markets)} </span> : null}
                      <Fact source={activity.source} hideSource={sameSources(activity.source, phase.source)}>
                        {activity.text}
                      </Fact>
                    </Bullet>
                  ))}
                </Bullets>
                <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-700">
                  <span className="font-semibold text-slate-900">{t("learning.result")}: </span>
                  {phase.result}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </div>

      <div className="mt-12">
        <SubHeading lead={t("learning.projectsLead")} source={projectsSource}>
          {t("learning.projects")}
        </SubHeading>
        <ul className="mt-4 grid gap-4 lg:grid-cols-3">
          {projects.map((project) => (
            <Panel key={project.id} as="li" data={`project:${project.id}`}>
              <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">{wordFor(t, "learning.projectType", project.type)}</p>
              <h4 className="mt-1 leading-snug font-semibold text-pretty text-slate-900">
                <Fact source={project.source} hideSource={Boolean(projectsSource)}>
                  {project.title}
                </Fact>
              </h4>
              <p className="mt-1.5 leading-relaxed text-pretty text-slate-700">{project.description}</p>
              <dl className="mt-3 space-y-2 text-sm">
                <div>
                  <dt className="font-semibold text-slate-900">{t("learning.proof")}</dt>
                  <dd className="mt-0.5 text-slate-700">{project.proof}</dd>
                </div>
                <div>
                  <dt className="font-semibold text-slate-900">{t("learning.skillsUsed")}</dt>
                  <dd className="mt-0.5 text-slate-700">{skillNames(profile, project.skills).join(t("list.separator"))}</dd>
                </div>
              </dl>
            </Panel>
          ))}
        </ul>
      </div>
    </CareerSection>
  );
}
