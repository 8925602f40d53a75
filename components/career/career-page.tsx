import type { Metadata } from "next";
import { hasLocale, useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { profileIn } from "@/lib/i18n/profiles";
import { routing } from "@/lib/i18n/routing";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { CAREER_PATH, careerPage, careerPages, sectionHref, type CareerPageId, type CareerSectionId } from "@/lib/career/pages";
import { messageKey, type CareerWords } from "@/lib/career/words";
import { medicalCoderProfile } from "@/lib/profiles";
import { CareerEnd, CareerHero } from "./career-hero";
import { CareerPart } from "./career-part";
import { HydrateWhenSeen } from "./hydrate-when-seen";

/** A section's name in the contents: "code-sets" reads `sections.codeSets.nav`. */
function sectionNav(t: CareerWords, section: CareerSectionId): string {
  return t(`sections.${messageKey(section)}.nav` as Parameters<CareerWords>[0]);
}

/** The title, description, address (in the page's language) and share texts of one of the profile's pages. */
export async function careerPageMetadata(id: CareerPageId, requested: string): Promise<Metadata> {
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "career" });
  const title = id === "work" ? t("meta.title") : t(`pages.${id}.meta.title`);
  const description = id === "work" ? t("meta.description") : t(`pages.${id}.meta.description`);
  return {
    title,
    description,
    alternates: { canonical: getPathname({ href: careerPage(id).path, locale }) },
    openGraph: { type: "article", siteName: "Coder Fit", title, description },
    twitter: { card: "summary_large_image", title, description },
  };
}

/** One of the career profile's pages: its top, the contents of all of them, its sections and its sources. */
export function CareerPageView({ id }: { id: CareerPageId }) {
  const profile = profileIn(medicalCoderProfile, useLocale());
  const page = careerPage(id);
  return (
    <article aria-labelledby="career-title" data-career-profile={id}>
      {id === "work" ? <CareerHero profile={profile} /> : <CareerPageHeader id={id} />}
      <CareerContents current={id} />
      {/*
        Each part is drawn whole into the HTML by the server, named (not sent as a tree) in the
        page's React payload, and hydrated only once the reader nears it (HydrateWhenSeen, an
        Activity boundary): unlike Suspense boundaries, these keep the HTML in order, readable
        without JavaScript. docs/architecture.md, "The career profile".
      */}
      {page.sections.map((section) => (
        <HydrateWhenSeen key={section} id={section}>
          <CareerPart part={{ section }} />
        </HydrateWhenSeen>
      ))}
      <HydrateWhenSeen id="sources">
        <CareerPart part={{ sourcesOf: id }} />
      </HydrateWhenSeen>
      <CareerNext current={id} />
      <CareerEnd />
    </article>
  );
}

/** The top of a page after the first: the profile it belongs to, its title and what it covers. */
function CareerPageHeader({ id }: { id: Exclude<CareerPageId, "work"> }) {
  const t = useTranslations("career");
  return (
    <div className="border-b border-slate-200 bg-brand-50">
      <PageContainer className="py-8 sm:py-12">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
          <Link href={CAREER_PATH} className="underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700">
            {t("profileEyebrow")}
          </Link>
        </p>
        <h1 id="career-title" className="mt-2 text-[2rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
          {t(`pages.${id}.title`)}
        </h1>
        <p className="mt-4 max-w-[62ch] text-lg leading-relaxed text-pretty text-slate-800">{t(`pages.${id}.lead`)}</p>
        <p className="mt-4 max-w-[62ch] text-sm leading-relaxed text-pretty text-slate-600">{t("hero.sourcesNote")}</p>
      </PageContainer>
    </div>
  );
}

/** The profile's pages and the parts of each (when it has more than one): jumps on this page, links to the others. */
function CareerContents({ current }: { current: CareerPageId }) {
  const t = useTranslations("career");
  return (
    <PageContainer className="py-6 sm:py-8">
      <nav id="contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading" className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
          {t("toc.heading")}
        </h2>
        <ol className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {careerPages.map((page, index) => {
            const here = page.id === current;
            return (
              <li key={page.id} className={here ? "rounded-2xl bg-slate-50 p-4 ring-1 ring-slate-200" : "p-4"} data-contents-page={page.id}>
                <p className="font-semibold text-slate-900">
                  <span className="text-slate-500">{index + 1}. </span>
                  {here ? (
                    <span aria-current="page">
                      {t(`pages.${page.id}.nav`)} <span className="font-normal text-slate-600">({t("toc.here")})</span>
                    </span>
                  ) : (
                    <Link href={page.path} className="text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700">
                      {t(`pages.${page.id}.nav`)}
                    </Link>
                  )}
                </p>
                {page.sections.length > 1 ? (
                  <ul className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-1">
                    {page.sections.map((section) => (
                      <li key={section}>
                        <a
                          href={sectionHref(section, current)}
                          className="inline-flex min-h-11 items-center text-[0.9375rem] font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700 md:min-h-9"
                        >
                          {sectionNav(t, section)}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </nav>
    </PageContainer>
  );
}

/** After the sources: on to the profile's next page (the first page's sends to the second, the last's back to the first). */
function CareerNext({ current }: { current: CareerPageId }) {
  const index = careerPages.findIndex((page) => page.id === current);
  const next = careerPages[(index + 1) % careerPages.length]!;
  const t = useTranslations("career");
  return (
    <PageContainer className="pt-10 sm:pt-14">
      <Link
        href={next.path}
        className="group flex min-h-16 items-center justify-between gap-4 rounded-2xl border border-slate-200 bg-white px-5 py-4 hover:border-brand-300 hover:bg-brand-50 sm:px-7"
        data-career-next
      >
        <span>
          <span className="block text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("toc.next")}</span>
          <span className="mt-0.5 block text-lg font-semibold text-slate-900">{t(`pages.${next.id}.nav`)}</span>
        </span>
        <Icon name="arrowRight" className="size-6 shrink-0 text-brand-700 transition-transform group-hover:translate-x-0.5" />
      </Link>
    </PageContainer>
  );
}
