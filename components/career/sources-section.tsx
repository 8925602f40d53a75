import { sourceAnchor, sourceNumber } from "@/lib/career/view";
import { careerWords, sourceDocuments } from "@/lib/career/words";
import { sourceEntry, type SeedSourceId, type SourceId } from "@/lib/profiles";
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
          <a
            href={entry.url}
            className="inline-block min-h-6 py-0.5 text-slate-900 underline decoration-slate-400 underline-offset-2 hover:decoration-brand-700"
            rel="noopener noreferrer"
          >
            <cite className="not-italic">{entry.title}</cite>
          </a>
        ),
        lines: [careerWords.publicSource.kind(entry.publisher), careerWords.publicSource.read(entry.accessed)],
      };
    case "ours":
      return { title: entry.title, lines: [careerWords.ownReasoning.kind, careerWords.ownReasoning.holds] };
  }
}

/** Every source the page cites, numbered as the marks after each fact. */
export function SourcesSection({ cited }: { cited: SourceId[] }) {
  return (
    // Drawn at once: a source mark's jump lands here from anywhere on the page, and the list is short.
    <CareerSection id="sources" title={careerWords.sections.sources.title} intro={<p>{careerWords.sections.sources.intro}</p>} tinted deferred={false}>
      <ol className="grid gap-3 md:grid-cols-2">
        {cited.map((id) => {
          const { title, lines } = describe(id);
          const [kind, holds] = lines;
          return (
            <li key={id} id={sourceAnchor(id)} className="flex gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
              <span
                aria-hidden="true"
                className="inline-flex size-8 shrink-0 items-center justify-center rounded-lg bg-slate-100 font-bold text-slate-800 ring-1 ring-slate-300 ring-inset"
              >
                {sourceNumber(id)}
              </span>
              <div className="min-w-0">
                <p className="font-semibold text-pretty break-words text-slate-900">
                  <span className="sr-only">{careerWords.sourceLabel} {sourceNumber(id)}: </span>
                  {title}
                </p>
                <p className="mt-0.5 text-sm text-slate-700">{kind}</p>
                <p className="mt-1.5 text-sm leading-relaxed text-pretty text-slate-600">{holds}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </CareerSection>
  );
}
