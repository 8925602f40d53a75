import { sourceAnchor, sourceNumber } from "@/lib/career/view";
import { careerWords, sourceDocuments } from "@/lib/career/words";
import { sourceEntry, type SeedSourceId, type SourceId } from "@/lib/profiles";
import styles from "./career.module.css";
import { CareerSection } from "./parts";

/** What the Sources list says of one source: its title, and what kind of source it is and holds. */
function describe(id: SourceId) {
  const entry = sourceEntry(id);
  switch (entry.kind) {
    case "seed":
      return { title: <cite className="not-italic">{entry.title}</cite>, lines: [sourceDocuments[id as SeedSourceId].kind, sourceDocuments[id as SeedSourceId].holds] };
    case "public":
      return {
        title: (
          <a href={entry.url} className={styles.sourceLink} rel="noopener noreferrer">
            <cite className="not-italic">{entry.title}</cite>
          </a>
        ),
        lines: [careerWords.publicSource.kind(entry.publisher), careerWords.publicSource.read(entry.accessed)],
      };
    case "ours":
      return { title: entry.title, lines: [careerWords.ownReasoning.kind, careerWords.ownReasoning.holds] };
  }
}

/**
 * Every source the page cites, numbered as the marks after each fact. Its repeated parts are
 * styled by class names of this module rather than utility lists: a page cites up to 30 sources,
 * and each class string is sent twice (in the HTML and in the payload React hydrates from).
 */
export function SourcesSection({ cited }: { cited: SourceId[] }) {
  return (
    <CareerSection id="sources" title={careerWords.sections.sources.title} intro={<p>{careerWords.sections.sources.intro}</p>} tinted>
      <ol className="grid gap-3 md:grid-cols-2">
        {cited.map((id) => {
          const { title, lines } = describe(id);
          const [kind, holds] = lines;
          return (
            <li key={id} id={sourceAnchor(id)} className={styles.source}>
              <span aria-hidden="true" className={styles.sourceNumber}>
                {sourceNumber(id)}
              </span>
              <div className="min-w-0">
                <p className={styles.sourceTitle}>
                  <span className="sr-only">{careerWords.sourceLabel} {sourceNumber(id)}: </span>
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
