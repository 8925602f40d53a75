import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Icon, type IconName } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { CAREER_PATH } from "@/lib/career/paths";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { allItems, quizMinutes } from "@/lib/quiz/progress";

/** Decorative hero drawing: a clinical note whose lines turn into code tags. */
function HeroIllustration() {
  return (
    <svg viewBox="0 0 360 300" className="h-auto w-full" aria-hidden="true" focusable="false">
      <rect x="20" y="24" width="210" height="252" rx="18" fill="#fff" stroke="#cbd5e1" strokeWidth="1.5" />
      <rect x="20" y="24" width="210" height="46" rx="18" fill="#d9f1ec" />
      <rect x="20" y="52" width="210" height="18" fill="#d9f1ec" />
      <circle cx="48" cy="47" r="9" fill="#0f766e" />
      <rect x="66" y="41" width="92" height="12" rx="6" fill="#0f766e" opacity=".55" />
      <g fill="#e2e8f0">
        <rect x="44" y="94" width="160" height="10" rx="5" />
        <rect x="44" y="116" width="128" height="10" rx="5" />
        <rect x="44" y="178" width="150" height="10" rx="5" />
        <rect x="44" y="200" width="112" height="10" rx="5" />
        <rect x="44" y="240" width="84" height="10" rx="5" />
      </g>
      <rect x="40" y="134" width="136" height="28" rx="8" fill="#f0faf8" stroke="#6fcdc2" strokeWidth="1.5" />
      <rect x="52" y="143" width="100" height="10" rx="5" fill="#0f766e" opacity=".7" />
      <path d="M184 148c36 0 48-44 84-44" fill="none" stroke="#0f766e" strokeWidth="2" strokeDasharray="5 6" />
      <path d="M184 150c38 0 52 44 84 44" fill="none" stroke="#0f766e" strokeWidth="2" strokeDasharray="5 6" />
      <rect x="262" y="84" width="84" height="40" rx="12" fill="#0f766e" />
      <rect x="278" y="99" width="52" height="10" rx="5" fill="#d9f1ec" />
      <rect x="262" y="174" width="84" height="40" rx="12" fill="#083d3a" />
      <rect x="278" y="189" width="52" height="10" rx="5" fill="#a7e3dc" />
      <circle cx="312" cy="256" r="20" fill="#fff" stroke="#0f766e" strokeWidth="2" />
      <path d="m302 256 7 7 13-14" fill="none" stroke="#0f766e" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The code set's name in "ICD-10-CM diagnosis code" (home.json's <name> tag). */
const name = (chunks: ReactNode) => <span className="font-semibold text-slate-900">{chunks}</span>;

type SectionHeadingProps = {
  id: string;
  eyebrow: string;
  title: string;
  children?: ReactNode;
};

function SectionHeading({ id, eyebrow, title, children }: SectionHeadingProps) {
  return (
    <div className="max-w-[65ch]">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
      <h2 id={id} className="mt-2 text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl">
        {title}
      </h2>
      {children ? <div className="mt-4 space-y-4 text-base leading-relaxed text-slate-700 sm:text-lg">{children}</div> : null}
    </div>
  );
}

/** The hero's short facts: icons here, words in home.json (hero.facts). */
const factIcons = { duration: "clock", questions: "list", noSignUp: "unlock" } as const satisfies Record<string, IconName>;

const workplaces = ["hospitals", "clinics", "physicianPractices", "insurers", "outsourcing"] as const;

const audiences = [
  { id: "freshers", icon: "graduate" },
  { id: "careerChangers", icon: "shuffle" },
  { id: "counsellors", icon: "people", link: "/counsellor" },
] as const satisfies readonly { id: string; icon: IconName; link?: string }[];

const deliverables = ["score", "strengths", "learningPath", "certification", "jobs", "practice"] as const;

const steps = ["answer", "score", "plan"] as const;

export default function HomePage() {
  const t = useTranslations("home");
  const quizWords = useTranslations("quiz");
  // The questions as this page's language has them: their count, and the words the time estimate reads.
  const questionnaire = profileIn(medicalCoderProfile, useLocale()).questionnaire;
  /** The promise is the quiz's own estimate for a slow reader (lib/quiz/reading-time.ts), so it holds. */
  const minutes = quizMinutes(questionnaire, quizWords);
  const facts = [
    { id: "duration", label: t("hero.facts.duration", { count: minutes }) },
    { id: "questions", label: t("hero.facts.questions", { count: allItems(questionnaire).length }) },
    { id: "noSignUp", label: t("hero.facts.noSignUp") },
  ] as const;

  return (
    <>
      {/* Hero */}
      <section aria-labelledby="hero-heading" className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="grid items-center gap-10 py-12 sm:py-16 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:gap-16 lg:py-24">
          <div>
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("hero.eyebrow")}</p>
            <h1
              id="hero-heading"
              className="mt-3 text-[2rem] leading-[1.15] font-bold tracking-tight text-balance text-slate-900 sm:text-5xl sm:leading-[1.1]"
            >
              {t("hero.title")}
            </h1>
            <p className="mt-5 max-w-[60ch] text-lg leading-relaxed text-pretty text-slate-700">{t("hero.lead")}</p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
              <ButtonLink href="/assessment" className="sm:px-8">
                {t("hero.start")}
                <Icon name="arrowRight" className="size-5" />
              </ButtonLink>
              <ButtonLink href="#how-it-works" variant="secondary">
                {t("hero.howItWorks")}
              </ButtonLink>
            </div>
            <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-3 text-sm font-medium text-slate-700" aria-label={t("hero.factsLabel")}>
              {facts.map((fact) => (
                <li key={fact.id} className="inline-flex items-center gap-2">
                  <span className="inline-flex size-8 items-center justify-center rounded-full bg-white text-brand-700 ring-1 ring-slate-200">
                    <Icon name={factIcons[fact.id]} className="size-4.5" />
                  </span>
                  {fact.label}
                </li>
              ))}
            </ul>
          </div>
          <div className="mx-auto hidden w-full max-w-sm lg:block">
            <HeroIllustration />
          </div>
        </PageContainer>
      </section>

      {/* What a medical coder does */}
      <section aria-labelledby="the-job-heading" className="py-16 sm:py-20">
        <PageContainer className="grid gap-10 lg:grid-cols-2 lg:gap-16">
          <div>
            <SectionHeading id="the-job-heading" eyebrow={t("job.eyebrow")} title={t("job.title")}>
              <p>{t("job.what")}</p>
              <p>{t("job.why")}</p>
            </SectionHeading>

            <h3 className="mt-10 text-lg font-semibold text-slate-900">{t("job.workplacesTitle")}</h3>
            <ul className="mt-4 flex flex-wrap gap-2">
              {workplaces.map((place) => (
                <li key={place} className="rounded-full border border-slate-200 bg-slate-50 px-3.5 py-1.5 text-sm text-slate-700">
                  {t(`job.workplaces.${place}`)}
                </li>
              ))}
            </ul>
            <p className="mt-4 max-w-[65ch] leading-relaxed text-slate-700">{t("job.india")}</p>
            <p className="mt-4">
              <Link
                href={CAREER_PATH}
                className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
              >
                {t("job.careerLink")}
                <Icon name="arrowRight" className="size-4" />
              </Link>
            </p>
          </div>

          <figure className="self-start rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <p className="text-sm font-semibold text-slate-600">{t("job.example.label")}</p>
            <blockquote className="mt-2 rounded-xl border-l-4 border-brand-600 bg-slate-50 px-4 py-3 font-mono text-[0.9375rem] leading-relaxed text-slate-900">
              {t("job.example.note")}
            </blockquote>
            <p className="mt-5 flex items-center gap-2 text-sm font-semibold text-slate-600">
              <Icon name="arrowDown" className="size-4 text-brand-700" />
              {t("job.example.becomes")}
            </p>
            <dl className="mt-3 space-y-3">
              <div className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4 sm:flex-row sm:items-start sm:gap-4">
                <dt className="shrink-0">
                  <code className="inline-block min-w-[5.5rem] rounded-lg bg-brand-600 px-2.5 py-1 text-center font-mono text-base font-semibold text-white">
                    J18.9
                  </code>
                </dt>
                <dd className="text-sm leading-relaxed text-slate-700">
                  {t.rich("job.example.diagnosisKind", { name })}
                  <span className="block">{t("job.example.diagnosis")}</span>
                </dd>
              </div>
              <div className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4 sm:flex-row sm:items-start sm:gap-4">
                <dt className="shrink-0">
                  <code className="inline-block min-w-[5.5rem] rounded-lg bg-brand-900 px-2.5 py-1 text-center font-mono text-base font-semibold text-white">
                    71046
                  </code>
                </dt>
                <dd className="text-sm leading-relaxed text-slate-700">
                  {t.rich("job.example.procedureKind", { name })}
                  <span className="block">{t("job.example.procedure")}</span>
                </dd>
              </div>
            </dl>
            <figcaption className="mt-5 text-sm leading-relaxed text-slate-600">{t("job.example.caption")}</figcaption>
          </figure>
        </PageContainer>
      </section>

      {/* Who it is for */}
      <section aria-labelledby="audience-heading" className="border-y border-slate-200 bg-slate-50 py-16 sm:py-20">
        <PageContainer>
          <SectionHeading id="audience-heading" eyebrow={t("audience.eyebrow")} title={t("audience.title")}>
            <p>{t("audience.intro")}</p>
          </SectionHeading>
          <ul className="mt-10 grid gap-5 md:grid-cols-3">
            {audiences.map((audience) => (
              <Card key={audience.id} as="li" className="flex flex-col">
                <span className="inline-flex size-11 items-center justify-center rounded-xl bg-brand-100 text-brand-800">
                  <Icon name={audience.icon} className="size-6" />
                </span>
                <h3 className="mt-5 text-xl font-semibold text-slate-900">{t(`audience.${audience.id}.title`)}</h3>
                <p className="mt-2 leading-relaxed text-slate-700">{t(`audience.${audience.id}.body`)}</p>
                {"link" in audience ? (
                  <p className="mt-auto pt-4">
                    <Link
                      href={audience.link}
                      className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
                    >
                      {t("audience.counsellors.link")}
                      <Icon name="arrowRight" className="size-4" />
                    </Link>
                  </p>
                ) : null}
              </Card>
            ))}
          </ul>
        </PageContainer>
      </section>

      {/* What you get */}
      <section id="what-you-get" aria-labelledby="what-you-get-heading" className="py-16 sm:py-20">
        <PageContainer>
          <SectionHeading id="what-you-get-heading" eyebrow={t("report.eyebrow")} title={t("report.title")}>
            <p>{t("report.intro")}</p>
          </SectionHeading>
          <ul className="mt-10 grid gap-x-12 gap-y-8 md:grid-cols-2">
            {deliverables.map((item) => (
              <li key={item} className="flex gap-4">
                <span className="mt-0.5 inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white">
                  <Icon name="check" className="size-4" />
                </span>
                <div>
                  <h3 className="text-lg leading-snug font-semibold text-slate-900">{t(`report.${item}.title`)}</h3>
                  <p className="mt-1 leading-relaxed text-slate-700">{t(`report.${item}.body`)}</p>
                </div>
              </li>
            ))}
          </ul>
        </PageContainer>
      </section>

      {/* How it works */}
      <section id="how-it-works" aria-labelledby="how-it-works-heading" className="border-t border-slate-200 bg-brand-50 py-16 sm:py-20">
        <PageContainer>
          <SectionHeading id="how-it-works-heading" eyebrow={t("howItWorks.eyebrow")} title={t("howItWorks.title", { count: minutes })}>
            <p>{t("howItWorks.intro")}</p>
          </SectionHeading>
          <ol className="mt-10 grid gap-5 md:grid-cols-3">
            {steps.map((step, index) => (
              <li key={step} className="rounded-2xl border border-slate-200 bg-white p-6 sm:p-7">
                <span
                  className="inline-flex size-10 items-center justify-center rounded-full border-2 border-brand-600 text-lg font-bold text-brand-700"
                  aria-hidden="true"
                >
                  {index + 1}
                </span>
                <h3 className="mt-4 text-xl font-semibold text-slate-900">
                  <span className="sr-only">{t("howItWorks.stepNumber", { number: index + 1 })}</span>
                  {t(`howItWorks.${step}.title`)}
                </h3>
                <p className="mt-2 leading-relaxed text-slate-700">{t(`howItWorks.${step}.body`)}</p>
              </li>
            ))}
          </ol>
        </PageContainer>
      </section>

      {/* Intended use */}
      <section id="intended-use" aria-labelledby="intended-use-heading" className="py-16 sm:py-20">
        <PageContainer>
          <div className="mx-auto max-w-3xl rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-8">
            <h2 id="intended-use-heading" className="flex items-center gap-2.5 text-xl font-semibold text-amber-900">
              <Icon name="info" className="size-6 shrink-0 text-amber-800" />
              {t("intendedUse.title")}
            </h2>
            <ul className="mt-4 list-disc space-y-2 pl-5 leading-relaxed text-slate-800 marker:text-amber-700 sm:pl-[2.125rem]">
              <li>{t("intendedUse.notATest")}</li>
              <li>{t("intendedUse.noPredictions")}</li>
              <li>{t("intendedUse.salaries")}</li>
              <li>{t("intendedUse.talkFirst")}</li>
            </ul>
          </div>
        </PageContainer>
      </section>

      {/* Final call to action */}
      <section aria-labelledby="cta-heading" className="pb-16 sm:pb-24">
        <PageContainer>
          <div className="rounded-3xl bg-brand-900 px-6 py-12 text-center sm:px-12 sm:py-16">
            <h2 id="cta-heading" className="text-2xl font-bold tracking-tight text-balance text-white sm:text-3xl">
              {t("cta.title")}
            </h2>
            <p className="mx-auto mt-3 max-w-[52ch] text-lg leading-relaxed text-balance text-brand-100">
              {t("cta.text", { count: minutes })}
            </p>
            <div className="mt-8 flex justify-center">
              <ButtonLink href="/assessment" variant="inverse" className="w-full sm:w-auto sm:px-8">
                {t("cta.start")}
                <Icon name="arrowRight" className="size-5" />
              </ButtonLink>
            </div>
          </div>
        </PageContainer>
      </section>
    </>
  );
}
