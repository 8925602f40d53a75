import { useTranslations } from "next-intl";
import type { NextStepsView, SalaryView, StepStatus } from "@/lib/report";
import { Icon, type IconName } from "@/components/ui/icon";
import { Pill, ReportSection, SubHeading } from "./parts";

/** Part 5: what to do next, personalised: learning step, journey, certifications, jobs, pay, practice. */
export function NextSteps({ next }: { next: NextStepsView }) {
  const t = useTranslations("report.next");
  return (
    <ReportSection id="next-steps" eyebrow={t("eyebrow")} title={t("title")} intro={<p>{t("intro")}</p>}>
      <div className="space-y-14">
        <StepsList steps={next.steps} />
        <Learning learning={next.learning} />
        <Journey journey={next.journey} />
        <Certifications certifications={next.certifications} />
        <Roles roles={next.roles} />
        <Salary salary={next.salary} />
        <Projects projects={next.projects} />
        <Challenges challenges={next.challenges} />
        {next.similarCareers.length ? <SimilarCareers careers={next.similarCareers} /> : null}
        {!next.similarCareers.length && next.similarCareersNote ? <NoSimilarCareer note={next.similarCareersNote} /> : null}
      </div>
    </ReportSection>
  );
}

function Why({ children }: { children: string }) {
  const t = useTranslations("report.next");
  return (
    <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-600">
      <span className="font-semibold text-slate-800">{t("why")}</span>
      {children}
    </p>
  );
}

function StepsList({ steps }: { steps: NextStepsView["steps"] }) {
  const t = useTranslations("report.next");
  return (
    <div>
      <SubHeading id="plan-steps">{t("stepsHeading")}</SubHeading>
      <ol aria-labelledby="plan-steps" className="mt-5 max-w-4xl space-y-3">
        {steps.map((step, index) => (
          <li key={step.title} className="report-card flex gap-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
            <span
              aria-hidden="true"
              className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-600 text-base font-bold text-white"
            >
              {index + 1}
            </span>
            <div className="min-w-0">
              <p className="font-semibold text-pretty text-slate-900">{step.title}</p>
              {step.detail ? <p className="mt-1 leading-relaxed text-pretty text-slate-700">{step.detail}</p> : null}
              <Why>{step.reason}</Why>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Learning({ learning }: { learning: NextStepsView["learning"] }) {
  const t = useTranslations("report");
  if (learning.complete) {
    return (
      <div>
        <SubHeading>{t("next.learningHeading")}</SubHeading>
        <p className="mt-5 max-w-4xl leading-relaxed text-pretty text-slate-800">{t("journey.learningComplete")}</p>
      </div>
    );
  }
  return (
    <div>
      <SubHeading lead={t("next.learningLead", { total: String(learning.totalSteps) })}>{t("next.learningHeading")}</SubHeading>
      <div className="report-card report-highlight mt-5 max-w-4xl rounded-2xl border-2 border-brand-600 bg-white p-5 sm:p-7">
        <p className="flex flex-wrap items-center gap-2">
          <Pill>{t("next.startHere")}</Pill>
          <span className="text-sm font-semibold text-brand-700">
            {t("next.stepOf", { step: String(learning.step), total: String(learning.totalSteps) })}
          </span>
        </p>
        <p className="mt-3 text-xl leading-snug font-semibold text-pretty text-slate-900">{learning.focus}</p>
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          <div className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
            <dt className="text-sm font-semibold text-slate-700">{t("next.whatToDo")}</dt>
            <dd className="mt-1 leading-relaxed text-slate-900">{learning.task}</dd>
          </div>
          <div className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
            <dt className="text-sm font-semibold text-slate-700">{t("next.whatYouWillHave")}</dt>
            <dd className="mt-1 leading-relaxed text-slate-900">{learning.output}</dd>
          </div>
        </dl>
        <Why>{learning.reason}</Why>
      </div>
      {learning.following.length ? (
        <div className="report-keep mt-5">
          <p className="text-sm font-semibold text-slate-700">{t("next.afterThat")}</p>
          <ol className="mt-2 space-y-2">
            {learning.following.map((step) => (
              <li key={step.step} className="flex gap-3 text-slate-700">
                <span className="w-14 shrink-0 text-sm font-semibold text-slate-600 tabular-nums">{t("next.step", { step: String(step.step) })}</span>
                <span className="leading-snug">
                  {step.focus}
                  <span className="text-slate-600"> → {step.output}</span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {learning.done.length ? (
        <p className="mt-4 text-sm leading-relaxed text-slate-600">
          {t("next.doneSteps", { count: learning.done.length, last: String(learning.done.at(-1)!.step) })}
        </p>
      ) : null}
    </div>
  );
}

const statusDot: Record<StepStatus, string> = {
  done: "border-brand-600 bg-brand-600 text-white",
  current: "border-brand-700 bg-white text-brand-800 ring-4 ring-brand-200",
  ahead: "border-slate-400 bg-white text-slate-700",
};

function Journey({ journey }: { journey: NextStepsView["journey"] }) {
  const t = useTranslations("report.next");
  return (
    <div>
      <SubHeading
        id="journey-heading"
        lead={t("journeyLead", { phase: String(journey.current), name: journey.currentName.toLowerCase(), reason: journey.reason })}
      >
        {t("journeyHeading")}
      </SubHeading>
      <ol aria-labelledby="journey-heading" className="report-timeline mt-6 max-w-4xl">
        {journey.phases.map((phase, index) => (
          <li key={phase.phase} className="relative flex gap-4 pb-7 last:pb-0">
            {index < journey.phases.length - 1 ? (
              <span
                aria-hidden="true"
                className={`report-timeline-line absolute top-10 bottom-0 left-[1.1875rem] w-0.5 ${phase.status === "done" ? "bg-brand-600" : "bg-slate-300"}`}
              />
            ) : null}
            <span
              aria-hidden="true"
              className={`relative z-10 inline-flex size-10 shrink-0 items-center justify-center rounded-full border-2 font-bold ${statusDot[phase.status]}`}
            >
              {phase.status === "done" ? <Icon name="check" className="size-5" /> : phase.phase}
            </span>
            <div
              className={`report-card min-w-0 flex-1 rounded-2xl border p-4 sm:p-5 ${
                phase.status === "current" ? "report-highlight border-brand-600 bg-brand-50" : "border-slate-200 bg-white"
              }`}
            >
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
                <span className="font-semibold text-slate-900">
                  <span className="sr-only">{t("phase", { phase: String(phase.phase) })}</span>
                  {phase.name}
                </span>
                {phase.status === "current" ? <Pill>{t("youAreHere")}</Pill> : null}
                {phase.status === "done" ? <span className="sr-only">{t("done")}</span> : null}
              </p>
              <p className="mt-0.5 text-sm text-slate-600">{phase.monthsText}</p>
              {phase.status === "current" ? (
                <ul className="mt-3 list-disc space-y-1 pl-5 text-sm leading-relaxed text-slate-800 marker:text-brand-600">
                  {phase.activities.map((activity) => (
                    <li key={activity}>{activity}</li>
                  ))}
                </ul>
              ) : null}
              <p className={`mt-2 text-sm leading-relaxed text-pretty ${phase.status === "current" ? "text-slate-800" : "text-slate-700"}`}>
                <span className="font-semibold text-slate-900">{t("result")}</span>
                {phase.result}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Certifications({ certifications }: { certifications: NextStepsView["certifications"] }) {
  const t = useTranslations("report.next");
  if (!certifications.length) return null;
  return (
    <div>
      <SubHeading lead={t("certificationsLead")}>{t("certificationsHeading")}</SubHeading>
      <ul className="mt-5 grid gap-4 md:grid-cols-2 print:grid-cols-2">
        {certifications.map((certification) => (
          <li
            key={certification.id}
            className={`report-card rounded-2xl border bg-white p-5 sm:p-6 ${certification.first ? "report-highlight border-brand-600" : "border-slate-200"}`}
          >
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
              <span className="text-2xl font-bold tracking-tight text-slate-900">{certification.code}</span>
              {certification.first ? <Pill>{t("startWithThis")}</Pill> : null}
              {certification.laterNote ? <Pill>{certification.laterNote}</Pill> : null}
            </p>
            <p className="mt-1 font-semibold text-slate-900">{certification.name}</p>
            <p className="text-sm text-slate-600">{certification.issuer}</p>
            {certification.focus ? <p className="mt-3 leading-relaxed text-pretty text-slate-800">{certification.focus}</p> : null}
            {certification.eligibility ? (
              <p className="mt-3 text-sm leading-relaxed text-pretty text-slate-700">
                <span className="font-semibold text-slate-900">{t("whoCanSit")}</span>
                {certification.eligibility}
              </p>
            ) : null}
            <Why>{certification.reason}</Why>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Roles({ roles }: { roles: NextStepsView["roles"] }) {
  const t = useTranslations("report.next");
  return (
    <div>
      <SubHeading id="roles-heading" lead={roles.stageReason}>
        {t("rolesHeading")}
      </SubHeading>
      <div className="report-card mt-5 rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
        <p className="text-sm font-semibold text-slate-700">{t("rolesNow")}</p>
        {roles.noneNow ? (
          <p className="mt-2 leading-relaxed text-pretty text-slate-800">{roles.noneNow}</p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-2">
            {roles.roles.map((role) => (
              <li key={role} className="rounded-lg bg-brand-100 px-3 py-1.5 font-semibold text-brand-900">
                {role}
              </li>
            ))}
          </ul>
        )}
        {roles.later.length ? (
          <>
            <p className="mt-4 text-sm font-semibold text-slate-700">{t("rolesLater")}</p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {roles.later.map((role) => (
                <li key={role} className="rounded-lg bg-slate-100 px-3 py-1.5 font-medium text-slate-800">
                  {role}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="mt-4 text-sm leading-relaxed text-pretty text-slate-700">{roles.reason}</p>
      </div>

      <div className="report-keep">
        <p className="mt-6 text-sm font-semibold text-slate-700" id="progression-heading">
          {t("ladder")}
        </p>
        <ol aria-labelledby="progression-heading" className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {roles.stages.map((stage, index) => (
            <li
              key={stage.id}
              className={`report-card rounded-xl border p-4 ${
                stage.status === "current"
                  ? "report-highlight border-brand-600 bg-brand-50"
                  : stage.status === "done" ? "border-slate-200 bg-slate-50" : "border-slate-200 bg-white"
              }`}
            >
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="text-sm font-semibold text-slate-600 tabular-nums">{index + 1}.</span>
                <span className="font-semibold text-slate-900">{stage.stage}</span>
                {stage.status === "current" ? <Pill>{t("reachableNow")}</Pill> : null}
                {stage.status === "done" ? <span className="text-xs font-semibold text-slate-600">{t("behindYou")}</span> : null}
              </p>
              <p className="mt-0.5 text-sm text-slate-600">{stage.yearsText}</p>
              <p className="mt-2 text-sm leading-relaxed text-slate-800">{stage.roles.join(" · ")}</p>
              <p
                className={`mt-1 text-sm leading-relaxed text-pretty text-slate-600 ${stage.status === "current" ? "" : "hidden sm:block"}`}
              >
                {stage.description}
              </p>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function Salary({ salary }: { salary: SalaryView }) {
  const t = useTranslations("report.next");
  if (salary.kind === "none") {
    return (
      <div>
        <SubHeading>{t("salaryHeading")}</SubHeading>
        <div className="report-card mt-5 rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
          <p className="leading-relaxed text-pretty text-slate-800">{salary.message}</p>
          <p className="mt-4 text-sm font-semibold text-slate-700">
            {t("codingIn", { market: salary.marketPhrase, role: salary.roleTitle })}
          </p>
          <p className="mt-1 leading-relaxed text-pretty text-slate-700">{salary.notes}</p>
        </div>
      </div>
    );
  }
  return (
    <div>
      <SubHeading id="salary-heading" lead={salary.reason}>
        {t("salaryHeading")}
      </SubHeading>
      <ul aria-labelledby="salary-heading" className="mt-5 grid gap-3 md:grid-cols-2 print:grid-cols-2">
        {salary.rows.map((row) => (
          <li
            key={row.label}
            className={`report-card rounded-xl border p-4 sm:p-5 ${
              row.current ? "report-highlight border-2 border-brand-600 bg-brand-50" : "border-slate-200 bg-white"
            }`}
          >
            {row.current ? <Pill className="mb-2">{t("yourStageNow")}</Pill> : null}
            <p className="leading-snug font-semibold text-pretty text-slate-900">{row.label}</p>
            <p className="mt-2 text-xl font-bold tracking-tight text-slate-900">{row.range}</p>
            {row.monthly ? <p className="text-sm text-slate-700">{row.monthly}</p> : null}
          </li>
        ))}
      </ul>
      <p className="mt-4 flex max-w-[68ch] gap-2.5 text-sm leading-relaxed text-pretty text-slate-700">
        <Icon name="info" className="mt-0.5 size-4.5 shrink-0 text-slate-600" />
        <span>
          {salary.note}
          {salary.sources ? ` ${salary.sources}` : null}
        </span>
      </p>
    </div>
  );
}

function CardList({
  items,
  icon,
}: {
  items: { id: string; title: string; detail?: string; proof?: string; reason: string }[];
  icon: IconName;
}) {
  const t = useTranslations("report.next");
  return (
    <ul className="mt-5 grid gap-4 md:grid-cols-2 print:grid-cols-2">
      {items.map((item) => (
        <li key={item.id} className="report-card flex gap-4 rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
          <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-100 text-brand-800">
            <Icon name={icon} className="size-5" />
          </span>
          <div className="min-w-0">
            <p className="leading-snug font-semibold text-pretty text-slate-900">{item.title}</p>
            {item.detail ? <p className="mt-1.5 leading-relaxed text-pretty text-slate-700">{item.detail}</p> : null}
            {item.proof ? (
              <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-800">
                <span className="font-semibold text-slate-900">{t("proof")}</span>
                {item.proof}
              </p>
            ) : null}
            <Why>{item.reason}</Why>
          </div>
        </li>
      ))}
    </ul>
  );
}

function Projects({ projects }: { projects: NextStepsView["projects"] }) {
  const t = useTranslations("report.next");
  if (!projects.length) return null;
  return (
    <div>
      <SubHeading lead={t("projectsLead")}>{t("projectsHeading")}</SubHeading>
      <CardList items={projects} icon="pencil" />
    </div>
  );
}

function Challenges({ challenges }: { challenges: NextStepsView["challenges"] }) {
  const t = useTranslations("report.next");
  if (!challenges.length) return null;
  return (
    <div>
      <SubHeading lead={t("challengesLead")}>{t("challengesHeading")}</SubHeading>
      <CardList items={challenges} icon="scale" />
    </div>
  );
}

function SimilarCareers({ careers }: { careers: NextStepsView["similarCareers"] }) {
  const t = useTranslations("report.next");
  return (
    <div>
      <SubHeading lead={t("similarLead")}>{t("similarHeading")}</SubHeading>
      <ul className="mt-5 grid gap-4 md:grid-cols-2 print:grid-cols-2">
        {careers.map((career) => (
          <li key={career.id} className="report-card flex gap-4 rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
            <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-100 text-brand-800">
              <Icon name="compass" className="size-5" />
            </span>
            <div className="min-w-0">
              <p className="leading-snug font-semibold text-pretty text-slate-900">{career.title}</p>
              <p className="mt-1.5 leading-relaxed text-pretty text-slate-700">
                <span className="font-semibold text-slate-900">{t("inCommon")}</span>
                {career.shares}
              </p>
              {career.differs ? (
                <p className="mt-1.5 leading-relaxed text-pretty text-slate-700">
                  <span className="font-semibold text-slate-900">{t("difference")}</span>
                  {career.differs}
                </p>
              ) : null}
              <Why>{career.reason}</Why>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function NoSimilarCareer({ note }: { note: string }) {
  const t = useTranslations("report.next");
  return (
    <div>
      <SubHeading>{t("similarHeading")}</SubHeading>
      <p className="mt-5 max-w-4xl leading-relaxed text-pretty text-slate-800">{note}</p>
    </div>
  );
}
