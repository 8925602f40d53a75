import { useTranslations } from "next-intl";
import { jobRolesByKind, outputsByFrequency, sharedSources } from "@/lib/career/view";
import { wordFor } from "@/lib/career/words";
import type { CareerProfile } from "@/lib/profiles";
import { Bullet, Bullets, CareerSection, Fact, Panel, SourcedList, SourceMarks, SubHeading } from "./parts";

/**
 * What the work is: the description, responsibilities, why the codes matter, tools, the places
 * coders work and the job titles the sources name.
 */
export function WorkSection({ profile }: { profile: CareerProfile }) {
  const { work, settings, codeSets, tools: toolUses, whyCodesMatter } = profile.content;
  const tools = profile.skills.find((skill) => skill.id === "ehr-computer");
  const toolsSource = sharedSources(toolUses);
  const t = useTranslations("career");
  return (
    <CareerSection id="work" title={t("sections.work.title")}>
      <p className="max-w-[68ch] text-lg leading-relaxed text-pretty text-slate-800" data-fact-scope="work">
        {work.description}
        <SourceMarks source={work.source} />
      </p>

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <div className="space-y-6">
          <Panel>
            <SubHeading source={work.source}>{t("work.responsibilities")}</SubHeading>
            <Bullets className="mt-3">
              {work.responsibilities.map((item) => (
                <Bullet key={item}>{item}</Bullet>
              ))}
            </Bullets>
          </Panel>
          <Panel data="why-codes-matter">
            <SubHeading source={sharedSources(whyCodesMatter)}>{t("work.whyCodesMatter")}</SubHeading>
            <SourcedList items={whyCodesMatter} className="mt-3" />
          </Panel>
        </div>

        <div className="space-y-6">
          <Panel data="tools">
            <SubHeading lead={t("work.toolsLead")} source={toolsSource}>
              {t("work.tools")}
            </SubHeading>
            <Bullets className="mt-3">
              {toolUses.map((tool) => (
                <Bullet key={tool.purpose}>
                  <Fact source={tool.source} hideSource={Boolean(toolsSource)}>
                    {tool.purpose}
                  </Fact>
                </Bullet>
              ))}
              {tools ? (
                <Bullet>
                  <Fact source={tools.source}>{tools.usedFor}</Fact>
                </Bullet>
              ) : null}
              <Bullet>
                <a href="#code-sets" className="font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700">
                  {t("work.toolsCodeSets")}
                </a>
                : {codeSets.map((set) => set.name.split(" (")[0]).join(", ")}
              </Bullet>
            </Bullets>
          </Panel>

          <Panel>
            <SubHeading>{t("work.settings")}</SubHeading>
            <ul className="mt-3 flex flex-wrap gap-2">
              {settings.map((setting) => (
                <li key={setting.id} className="inline-flex items-center rounded-xl border border-slate-200 bg-slate-50 py-0.5 pr-1 pl-3 text-sm text-slate-800">
                  {setting.name}
                  <SourceMarks source={setting.source} />
                </li>
              ))}
            </ul>
          </Panel>
        </div>
      </div>

      <JobRoles profile={profile} />
    </CareerSection>
  );
}

/** The job titles the sources name, by career stage and across the field, and where they disagree on stages. */
function JobRoles({ profile }: { profile: CareerProfile }) {
  const roles = jobRolesByKind(profile.content);
  const t = useTranslations("career");
  const groups = [
    { id: "stage", heading: t("work.rolesByStage"), items: roles.stage },
    { id: "field", heading: t("work.rolesInField"), items: roles.field },
  ].filter((group) => group.items.length);
  return (
    <div className="mt-10">
      <SubHeading lead={t("work.rolesLead")}>{t("work.roles")}</SubHeading>
      <div className="mt-4 grid gap-6 lg:grid-cols-2 lg:items-start">
        {groups.map((group) => {
          const shared = sharedSources(group.items);
          return (
            <Panel key={group.id}>
              <h4 className="text-lg font-semibold text-slate-900">
                {group.heading}
                {shared ? <SourceMarks source={shared} /> : null}
              </h4>
              <ul className="mt-2 divide-y divide-slate-200">
                {group.items.map((role) => (
                  <li key={role.id} className="py-2.5 last:pb-0" data-fact-scope={`role:${role.id}`}>
                    <p className="font-semibold text-pretty text-slate-900">
                      <Fact source={role.source} hideSource={Boolean(shared)}>
                        {role.title}
                      </Fact>
                    </p>
                    <p className="mt-0.5 leading-relaxed text-pretty text-slate-700">{role.description}</p>
                  </li>
                ))}
              </ul>
            </Panel>
          );
        })}
      </div>
    </div>
  );
}

/** A day's work: the daily tasks, the working hours and what the work produces, by how often. */
export function DaySection({ profile }: { profile: CareerProfile }) {
  const { dailyTasks, schedule } = profile.content;
  const groups = outputsByFrequency(profile.content);
  const tasksSource = sharedSources(dailyTasks);
  const outputsSource = sharedSources(profile.content.outputs);
  const t = useTranslations("career");
  return (
    <CareerSection id="day" title={t("sections.day.title")} intro={<p>{t("sections.day.intro")}</p>} tinted>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel>
          <SubHeading source={tasksSource}>{t("day.tasks")}</SubHeading>
          <ol className="mt-4 space-y-3">
            {dailyTasks.map((task, index) => (
              <li key={task.text} className="flex gap-3 leading-relaxed text-pretty text-slate-700">
                <span
                  aria-hidden="true"
                  className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-900"
                >
                  {index + 1}
                </span>
                <span className="min-w-0 pt-0.5">
                  <Fact source={task.source} hideSource={Boolean(tasksSource)}>
                    {task.text}
                  </Fact>
                </span>
              </li>
            ))}
          </ol>
          <div className="mt-5 border-t border-slate-200 pt-4" data-fact-scope="schedule">
            <h4 className="font-semibold text-slate-900">{t("day.schedule")}</h4>
            <p className="mt-1 leading-relaxed text-pretty text-slate-700">
              {schedule.text}
              <SourceMarks source={schedule.source} />
            </p>
          </div>
        </Panel>
        <Panel>
          <SubHeading source={outputsSource}>{t("day.outputs")}</SubHeading>
          <div className="mt-4 space-y-5">
            {groups.map((group) => (
              <div key={group.frequency} data-fact-scope={`outputs:${group.frequency}`}>
                <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{wordFor(t, "day.frequency", group.frequency)}</p>
                <Bullets className="mt-2">
                  {group.items.map((item) => (
                    <Bullet key={item.output}>
                      <Fact source={item.source} hideSource={Boolean(outputsSource)}>
                        {item.output}
                      </Fact>
                    </Bullet>
                  ))}
                </Bullets>
              </div>
            ))}
          </div>
        </Panel>
      </div>
    </CareerSection>
  );
}
