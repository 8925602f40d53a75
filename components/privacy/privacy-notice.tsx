import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PageContainer } from "@/components/ui/page-container";
import { retentionPeriod, type PrivacyOperator } from "@/lib/privacy/notice";

/** The sections in order: the anchor of each and the key of its words in privacy.json. */
const order = [
  { id: "what-we-keep", section: "stored" },
  { id: "how-long", section: "duration" },
  { id: "who-sees-it", section: "who" },
  { id: "your-choices", section: "control" },
  { id: "contact", section: "contact" },
] as const;

const storedItems = ["answers", "tryWork", "ownerKey", "lastOpened", "shareDetails", "classList"] as const;
const whoItems = ["link", "counsellor", "notes", "classList", "noSale"] as const;

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
  const t = useTranslations("privacy");
  const s = useTranslations("privacy.sections");
  return (
    <article aria-labelledby="privacy-title" data-privacy-page>
      <div className="border-b border-slate-200 bg-brand-50">
        <PageContainer className="py-10 sm:py-14">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
          <h1 id="privacy-title" className="mt-2 text-[2rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
            {t("title")}
          </h1>
          <p className="mt-4 max-w-[62ch] text-lg leading-relaxed text-pretty text-slate-800">{t("lead")}</p>
        </PageContainer>
      </div>

      <PageContainer className="pb-12 sm:pb-16">
        <nav aria-labelledby="privacy-contents" className="py-6 sm:py-8">
          <h2 id="privacy-contents" className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
            {t("contents")}
          </h2>
          <ol className="mt-2 flex flex-wrap gap-x-4">
            {order.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`} className={`inline-flex min-h-11 items-center ${linkClass}`}>
                  {s(`${item.section}.nav`)}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        <Section id="what-we-keep" title={s("stored.title")}>
          <Bullets items={storedItems.map((item) => s(`stored.items.${item}`))} />
          <p>{s("stored.notKept")}</p>
          <p>{s("stored.device")}</p>
          <p>{s("stored.server")}</p>
        </Section>

        <Section id="how-long" title={s("duration.title")}>
          <p className="font-semibold text-slate-900" data-retention-days={operator.retentionDays}>
            {s("duration.body", { period: retentionPeriod(operator.retentionDays, t) })}
          </p>
          <p>{s("duration.opened")}</p>
          <p>{s("duration.shared")}</p>
          <p>{s("duration.sooner")}</p>
        </Section>

        <Section id="who-sees-it" title={s("who.title")}>
          <Bullets items={whoItems.map((item) => s(`who.items.${item}`))} />
        </Section>

        <Section id="your-choices" title={s("control.title")}>
          <p>{s("control.download")}</p>
          <p>{s("control.delete")}</p>
          <p>{s("control.withdraw")}</p>
          <p>{s("control.otherDevice")}</p>
        </Section>

        <Section id="contact" title={s("contact.title")}>
          <p data-privacy-operator>{operator.name ? s("contact.runBy", { operator: operator.name }) : s("contact.runByUnnamed")}</p>
          {operator.contactEmail ? (
            <p>
              {s.rich("contact.withEmail", {
                address: operator.contactEmail,
                email: (chunks) => (
                  <a href={`mailto:${operator.contactEmail}`} className={`break-all ${linkClass}`} data-privacy-contact>
                    {chunks}
                  </a>
                ),
              })}
            </p>
          ) : (
            <p data-privacy-contact-missing>{s("contact.noEmail")}</p>
          )}
          {operator.contactEmail ? <p>{s("contact.parents")}</p> : null}
        </Section>
      </PageContainer>
    </article>
  );
}
