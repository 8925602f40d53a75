import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { TRY_WORK_PATH } from "@/lib/career/paths";
import type { CareerProfile } from "@/lib/profiles";
import { SourceMarks } from "./parts";

/** The page's top: the career's name, its summary, and the way into the practice exercise. */
export function CareerHero({ profile }: { profile: CareerProfile }) {
  const { summary } = profile.content;
  const t = useTranslations("career");
  return (
    <div className="border-b border-slate-200 bg-brand-50">
      <PageContainer className="grid gap-8 py-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] lg:items-center lg:gap-14">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("hero.eyebrow")}</p>
          <h1 id="career-title" className="mt-2 text-[2rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
            {t("hero.title")}
          </h1>
          <p className="mt-4 max-w-[62ch] text-lg leading-relaxed text-pretty text-slate-800" data-fact-scope="summary">
            {summary.text}
            <SourceMarks source={summary.source} />
          </p>
          <p className="mt-4 max-w-[62ch] text-sm leading-relaxed text-pretty text-slate-600">{t("hero.sourcesNote")}</p>
        </div>
        <TryWorkCard />
      </PageContainer>
    </div>
  );
}

/** The prominent way into the hands-on exercise at /careers/medical-coder/try. */
export function TryWorkCard() {
  const t = useTranslations("career");
  return (
    <Link
      href={TRY_WORK_PATH}
      className="group block rounded-2xl bg-brand-900 p-5 text-white shadow-sm hover:bg-brand-800 focus-visible:outline-offset-4 sm:p-7"
      data-try-work-link
    >
      <span className="inline-flex size-11 items-center justify-center rounded-xl bg-white/10 text-brand-100">
        <Icon name="pencil" className="size-6" />
      </span>
      <span className="mt-4 flex items-center gap-2 text-xl font-bold tracking-tight">
        {t("tryWork.title")}
        <Icon name="arrowRight" className="size-5 transition-transform group-hover:translate-x-0.5" />
      </span>
      <span className="mt-2 block leading-relaxed text-pretty text-brand-100">{t("tryWork.body")}</span>
    </Link>
  );
}

/** The closing call to action. */
export function CareerEnd() {
  const t = useTranslations("career");
  return (
    <section aria-labelledby="end-heading" className="py-12 sm:py-16">
      <PageContainer>
        <div className="rounded-3xl bg-brand-900 px-6 py-10 text-center sm:px-12 sm:py-14">
          <h2 id="end-heading" className="text-2xl font-bold tracking-tight text-balance text-white sm:text-3xl">
            {t("end.title")}
          </h2>
          <p className="mx-auto mt-3 max-w-[52ch] leading-relaxed text-balance text-brand-100 sm:text-lg">{t("end.body")}</p>
          <div className="mt-7 flex flex-col justify-center gap-3 sm:flex-row">
            <ButtonLink href="/assessment" variant="inverse" className="sm:px-8">
              {t("end.action")}
              <Icon name="arrowRight" className="size-5" />
            </ButtonLink>
            <Link
              href={TRY_WORK_PATH}
              className="inline-flex min-h-12 items-center justify-center gap-2 rounded-xl border border-brand-200 px-6 py-3 font-semibold text-white hover:bg-brand-800"
            >
              {t("tryWork.action")}
            </Link>
          </div>
        </div>
      </PageContainer>
    </section>
  );
}
