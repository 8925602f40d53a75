import { outputsByFrequency, sharedSources } from "@/lib/career/view";
import { careerWords } from "@/lib/career/words";
import type { CareerProfile } from "@/lib/profiles";
import { Bullet, Bullets, CareerSection, Fact, Panel, SourceMarks, SubHeading } from "./parts";

/** What the work is: the description, responsibilities, tools and the places coders work. */
export function WorkSection({ profile }: { profile: CareerProfile }) {
  const { work, settings, codeSets } = profile.content;
  const tools = profile.skills.find((skill) => skill.id === "ehr-computer");
  const words = careerWords.work;
  return (
    <CareerSection id="work" title={careerWords.sections.work.title}>
      <p className="max-w-[68ch] text-lg leading-relaxed text-pretty text-slate-800" data-fact-scope="work">
        {work.description}
        <SourceMarks source={work.source} />
      </p>

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Panel>
          <SubHeading source={work.source}>{words.responsibilities}</SubHeading>
          <Bullets className="mt-3">
            {work.responsibilities.map((item) => (
              <Bullet key={item}>{item}</Bullet>
            ))}
          </Bullets>
        </Panel>

        <div className="space-y-6">
          {tools ? (
            <Panel>
              <SubHeading>{words.tools}</SubHeading>
              <Bullets className="mt-3">
                <Bullet>
                  <Fact source={tools.source}>{tools.usedFor}</Fact>
                </Bullet>
                <Bullet>
                  <a href="#code-sets" className="font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700">
                    {words.toolsCodeSets}
                  </a>
                  : {codeSets.map((set) => set.name.split(" (")[0]).join(", ")}
                </Bullet>
              </Bullets>
            </Panel>
          ) : null}

          <Panel>
            <SubHeading>{words.settings}</SubHeading>
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
    </CareerSection>
  );
}

/** A day's work: the daily tasks and what the work produces, by how often. */
export function DaySection({ profile }: { profile: CareerProfile }) {
  const { dailyTasks } = profile.content;
  const groups = outputsByFrequency(profile.content);
  const tasksSource = sharedSources(dailyTasks);
  const outputsSource = sharedSources(profile.content.outputs);
  const words = careerWords.day;
  return (
    <CareerSection id="day" title={careerWords.sections.day.title} intro={<p>{careerWords.sections.day.intro}</p>} tinted>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel>
          <SubHeading source={tasksSource}>{words.tasks}</SubHeading>
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
        </Panel>
        <Panel>
          <SubHeading source={outputsSource}>{words.outputs}</SubHeading>
          <div className="mt-4 space-y-5">
            {groups.map((group) => (
              <div key={group.frequency} data-fact-scope={`outputs:${group.frequency}`}>
                <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{group.label}</p>
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
