import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { sharedSources, sourceAnchor, sourceIds, sourceNumber, type SourceRef } from "@/lib/career/view";
import type { SourceId } from "@/lib/profiles";
import styles from "./career.module.css";

type CareerSectionProps = {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** A tinted band, to set a section apart from its neighbours. */
  tinted?: boolean;
};

/** One part of the career profile: an h2 the table of contents jumps to, and a short intro. */
export function CareerSection({ id, title, intro, children, tinted = false }: CareerSectionProps) {
  const t = useTranslations("career");
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={["border-t border-slate-200 py-10 sm:py-14", tinted ? "bg-slate-50" : ""].filter(Boolean).join(" ")}
    >
      <PageContainer>
        <div className="max-w-[68ch]">
          <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl">
            {title}
          </h2>
          {intro ? <div className="mt-2 leading-relaxed text-pretty text-slate-700">{intro}</div> : null}
        </div>
        <div className="mt-6 sm:mt-8">{children}</div>
        <p className="mt-6 text-right sm:mt-8">
          <a
            href="#contents"
            className="inline-flex min-h-11 items-center gap-1.5 text-sm font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
          >
            <Icon name="arrowUp" className="size-4" />
            {t("toc.back")}
          </a>
        </p>
      </PageContainer>
    </section>
  );
}

/** An h3 inside a section, with an optional lead line and the sources its whole list shares. */
export function SubHeading({ children, lead, source }: { children: ReactNode; lead?: ReactNode; source?: SourceRef | null }) {
  return (
    <div className="max-w-[68ch]">
      <h3 className="text-xl font-semibold tracking-tight text-balance text-slate-900">{children}</h3>
      {lead || source ? (
        <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">
          {lead}
          {lead && source ? " " : null}
          {source ? <SourceNote source={source} /> : null}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The numbered links from a fact to the documents it comes from (file 000 is "1"). One element per
 * mark (its name, "Source 1", is in aria-label and holds the visible number): the page carries
 * nearly two hundred of them.
 */
export function SourceMarks({ source }: { source: SourceRef }) {
  const t = useTranslations("career");
  const ids = sourceIds(source);
  if (!ids.length) return null;
  const mark = (id: SourceId, className: string) => (
    <a key={id} href={`#${sourceAnchor(id)}`} className={className} aria-label={`${t("sourceLabel")} ${sourceNumber(id)}`}>
      {sourceNumber(id)}
    </a>
  );
  if (ids.length === 1) return mark(ids[0]!, `${styles.mark} ${styles.lead}`);
  return <span className={styles.marks}>{ids.map((id) => mark(id, styles.mark!))}</span>;
}

/** "Source 1" / "Sources 2 3" as a line of its own, for a list whose items all share their sources. */
export function SourceNote({ source }: { source: SourceRef }) {
  const t = useTranslations("career");
  const plural = sourceIds(source).length > 1;
  return (
    <span className="whitespace-nowrap text-slate-600">
      <span aria-hidden="true">{plural ? t("sourcesLabel") : t("sourceLabel")}</span>
      <SourceMarks source={source} />
    </span>
  );
}

/** A fact's text followed by its source marks, unless its list already names them. */
export function Fact({ children, source, hideSource = false }: { children: ReactNode; source: SourceRef; hideSource?: boolean }) {
  return (
    <>
      {children}
      {hideSource ? null : <SourceMarks source={source} />}
    </>
  );
}

/** A bulleted list in the site's style. */
export function Bullets({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <ul className={["list-disc space-y-2 pl-5 leading-relaxed text-slate-700 marker:text-brand-600", className].filter(Boolean).join(" ")}>
      {children}
    </ul>
  );
}

export function Bullet({ children }: { children: ReactNode }) {
  return <li className="pl-0.5">{children}</li>;
}

/**
 * A bulleted list of sourced sentences. When every item cites the same sources they are left off
 * the items: the list's heading carries them once (`<SubHeading source={sharedSources(items)}>`).
 */
export function SourcedList({ items, className }: { items: readonly { text: string; source: SourceRef }[]; className?: string }) {
  const shared = sharedSources(items);
  return (
    <Bullets className={className}>
      {items.map((item) => (
        <Bullet key={item.text}>
          <Fact source={item.source} hideSource={Boolean(shared)}>
            {item.text}
          </Fact>
        </Bullet>
      ))}
    </Bullets>
  );
}

/** A small rounded label. */
export function Tag({ children, tone = "brand" }: { children: ReactNode; tone?: "brand" | "slate" }) {
  return (
    <span
      className={[
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold",
        tone === "brand" ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-800",
      ].join(" ")}
    >
      {children}
    </span>
  );
}

/** A white rounded card; as an `li` inside lists. */
export function Panel({ children, as: Element = "div", className, data }: { children: ReactNode; as?: "div" | "li" | "article"; className?: string; data?: string }) {
  return (
    <Element data-fact-scope={data} className={["rounded-2xl border border-slate-200 bg-white p-4 sm:p-6", className].filter(Boolean).join(" ")}>
      {children}
    </Element>
  );
}

/** A label and its value, stacked: the phone-friendly stand-in for a table cell. */
export function Detail({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-900">{label}</dt>
      <dd className="mt-0.5 leading-relaxed text-pretty text-slate-700">{children}</dd>
    </div>
  );
}
