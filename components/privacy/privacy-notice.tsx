import type { ReactNode } from "react";
import { PageContainer } from "@/components/ui/page-container";
import { privacyWords, retentionPeriod, type PrivacyOperator } from "@/lib/privacy/words";

const { sections } = privacyWords;

const order = [
  { id: "what-we-keep", nav: sections.stored.nav },
  { id: "how-long", nav: sections.duration.nav },
  { id: "who-sees-it", nav: sections.who.nav },
  { id: "your-choices", nav: sections.control.nav },
  { id: "contact", nav: sections.contact.nav },
];

const linkClass = "font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 border-t border-slate-200 py-8 sm:py-10">
      <h2 id={`${id}-title`} className="text-2xl font-bold tracking-tight text-balance text-slate-900">
        {title}
      </h2>
      <div className="mt-4 max-w-[65ch] space-y-4 text-base leading-relaxed text-pretty text-slate-800">{children}</div>
    </section>
  );
}

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul className="list-disc space-y-2 pl-5 marker:text-brand-700">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The privacy page's body: plain words, one section per question a student or parent asks. */
export function PrivacyNotice({ operator }: { operator: PrivacyOperator }) {
  return (
    <article aria-labelledby="privacy-title" data-privacy-page>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-10 sm:py-14">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{privacyWords.eyebrow}</p>
          <h1 id="privacy-title" className="mt-2 text-[2rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
            {privacyWords.title}
          </h1>
          <p className="mt-4 max-w-[62ch] text-lg leading-relaxed text-pretty text-slate-800">{privacyWords.lead}</p>
        </PageContainer>
      </div>

      <PageContainer className="pb-12 sm:pb-16">
        <nav aria-labelledby="privacy-contents" className="py-6 sm:py-8">
          <h2 id="privacy-contents" className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
            {privacyWords.contents}
          </h2>
          <ol className="mt-2 flex flex-wrap gap-x-4">
            {order.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`} className={`inline-flex min-h-11 items-center ${linkClass}`}>
                  {item.nav}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        <Section id="what-we-keep" title={sections.stored.title}>
          <Bullets items={sections.stored.items} />
          <p>{sections.stored.notKept}</p>
          <p>{sections.stored.device}</p>
          <p>{sections.stored.server}</p>
        </Section>

        <Section id="how-long" title={sections.duration.title}>
          <p className="font-semibold text-slate-900" data-retention-days={operator.retentionDays}>
            {sections.duration.body(retentionPeriod(operator.retentionDays))}
          </p>
          <p>{sections.duration.opened}</p>
          <p>{sections.duration.shared}</p>
          <p>{sections.duration.sooner}</p>
        </Section>

        <Section id="who-sees-it" title={sections.who.title}>
          <Bullets items={sections.who.items} />
        </Section>

        <Section id="your-choices" title={sections.control.title}>
          <p>{sections.control.download}</p>
          <p>{sections.control.delete}</p>
          <p>{sections.control.withdraw}</p>
          <p>{sections.control.otherDevice}</p>
        </Section>

        <Section id="contact" title={sections.contact.title}>
          <p data-privacy-operator>{operator.name ? sections.contact.runBy(operator.name) : sections.contact.runByUnnamed}</p>
          {operator.contactEmail ? (
            <p>
              {sections.contact.withEmail}{" "}
              <a href={`mailto:${operator.contactEmail}`} className={`break-all ${linkClass}`} data-privacy-contact>
                {operator.contactEmail}
              </a>
              . {sections.contact.withEmailAfter}
            </p>
          ) : (
            <p data-privacy-contact-missing>{sections.contact.noEmail}</p>
          )}
          {operator.contactEmail ? <p>{sections.contact.parents}</p> : null}
        </Section>
      </PageContainer>
    </article>
  );
}
