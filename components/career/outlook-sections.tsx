import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { sharedSources } from "@/lib/career/view";
import type { CareerProfile } from "@/lib/profiles";
import { CareerSection, Detail, Fact, Panel, SourcedList, SourceMarks, SubHeading } from "./parts";

type SourcedText = { text: string; source: CareerProfile["content"]["benefits"][number]["source"] };

function TextListPanel({ heading, items, accent }: { heading: string; items: SourcedText[]; accent: string }) {
  const shared = sharedSources(items);
  return (
    <Panel className={`border-t-4 ${accent}`}>
      <SubHeading source={shared}>{heading}</SubHeading>
      <SourcedList items={items} className="mt-3" />
    </Panel>
  );
}

/** Benefits, challenges and future scope, side by side on wide screens. */
export function OutlookSection({ profile }: { profile: CareerProfile }) {
  const { benefits, challenges, futureScope } = profile.content;
  const t = useTranslations("career");
  return (
    <CareerSection id="outlook" title={t("sections.outlook.title")} intro={<p>{t("sections.outlook.intro")}</p>}>
      <div className="grid gap-5 lg:grid-cols-3">
        <TextListPanel heading={t("outlook.benefits")} items={benefits} accent="border-t-brand-600" />
        <TextListPanel heading={t("outlook.challenges")} items={challenges} accent="border-t-amber-500" />
        <TextListPanel heading={t("outlook.future")} items={futureScope} accent="border-t-brand-900" />
      </div>
    </CareerSection>
  );
}

/** Careers that share skills with this one, and how each differs. */
export function SimilarSection({ profile }: { profile: CareerProfile }) {
  const t = useTranslations("career");
  return (
    <CareerSection id="similar" title={t("sections.similar.title")} intro={<p>{t("sections.similar.intro")}</p>} tinted>
      <ul className="grid gap-4 md:grid-cols-2">
        {profile.content.similarCareers.map((career) => (
          <Panel key={career.id} as="li" data={`similar:${career.id}`}>
            <h3 className="text-lg leading-snug font-semibold text-pretty text-slate-900">
              <Fact source={career.source}>{career.name}</Fact>
            </h3>
            <dl className="mt-3 space-y-2.5">
              <Detail label={t("similar.shares")}>{career.shares}</Detail>
              <Detail label={t("similar.differs")}>{career.differs}</Detail>
            </dl>
          </Panel>
        ))}
      </ul>
    </CareerSection>
  );
}

/** Common questions (each opens on its own) and tips for beginners. */
export function FaqsSection({ profile }: { profile: CareerProfile }) {
  const { faqs, tips } = profile.content;
  const tipsSource = sharedSources(tips);
  const t = useTranslations("career");
  return (
    <CareerSection id="faqs" title={t("sections.faqs.title")}>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
          {faqs.map((faq, index) => (
            <details key={faq.question} className="group" data-fact-scope={`faq:${index}`}>
              <summary className="flex min-h-14 cursor-pointer list-none items-start justify-between gap-3 px-4 py-3.5 hover:bg-brand-50 sm:px-6 [&::-webkit-details-marker]:hidden">
                <h3 className="font-semibold text-pretty text-slate-900">{faq.question}</h3>
                <Icon name="chevron" className="mt-0.5 size-5 shrink-0 text-brand-700 transition-transform group-open:rotate-90" />
              </summary>
              <p className="px-4 pb-4 leading-relaxed text-pretty text-slate-700 sm:px-6">
                {faq.answer}
                <SourceMarks source={faq.source} />
              </p>
            </details>
          ))}
        </div>
        <Panel className="self-start border-t-4 border-t-brand-600">
          <SubHeading source={tipsSource}>{t("faqs.tips")}</SubHeading>
          <SourcedList items={tips} className="mt-3" />
        </Panel>
      </div>
    </CareerSection>
  );
}
