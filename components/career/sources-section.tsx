import { useLocale, useTranslations } from "next-intl";
import { sourceAnchor, sourceNumber } from "@/lib/career/view";
import { readOn, seedDocument, type CareerWords } from "@/lib/career/words";
import { sourceEntry, type SeedSourceId, type SourceId } from "@/lib/profiles";
import styles from "./career.module.css";
import { CareerSection } from "./parts";

/** What the Sources list says of one source: its title, and what kind of source it is and holds. */
function describe(t: CareerWords, locale: string, id: SourceId) {
  const entry = sourceEntry(id);
  switch (entry.kind) {
    case "seed": {
      const seed = seedDocument(t, id as SeedSourceId);
      return { title: <cite className="not-italic">{entry.title}</cite>, lines: [seed.kind, seed.holds] };
    }
    case "public":
      return {
        title: (
          <a href={entry.url} className={styles.sourceLink} rel="noopener noreferrer">
            <cite className="not-italic">{entry.title}</cite>
          </a>
        ),
        lines: [t("publicSource.kind", { publisher: entry.publisher }), readOn(t, locale, entry.accessed)],
      };
    case "ours":
      return { title: entry.title, lines: [t("ownReasoning.kind"), t("ownReasoning.holds")] };
  }
}

/**
 * Every source the page cites, numbered as the marks after each fact. Its repeated parts are
 * styled by class names of this module rather than utility lists: a page cites up to 30 sources,
 * and each class string is sent twice (in the HTML and in the payload React hydrates from).
 */
export function SourcesSection({ cited }: { cited: SourceId[] }) {
  const t = useTranslations("career");
  const locale = useLocale();
  return (
    <CareerSection id="sources" title={t("sections.sources.title")} intro={<p>{t("sections.sources.intro")}</p>} tinted>
      <ol className="grid gap-3 md:grid-cols-2">
        {cited.map((id) => {
          const { title, lines } = describe(t, locale, id);
          const [kind, holds] = lines;
          return (
            <li key={id} id={sourceAnchor(id)} className={styles.source}>
              <span aria-hidden="true" className={styles.sourceNumber}>
                {sourceNumber(id)}
              </span>
              <div className="min-w-0">
                <p className={styles.sourceTitle}>
                  <span className="sr-only">{t("sourceLabel")} {sourceNumber(id)}: </span>
                  {title}
                </p>
                <p className={styles.sourceKind}>{kind}</p>
                <p className={styles.sourceHolds}>{holds}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </CareerSection>
  );
}
