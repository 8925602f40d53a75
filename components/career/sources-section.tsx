import { sourceAnchor, sourceNumber } from "@/lib/career/view";
import { careerWords, sourceDocuments } from "@/lib/career/words";
import type { SourceId } from "@/lib/profiles";
import { CareerSection } from "./parts";

/** The five seed documents, numbered as the marks after each fact. */
export function SourcesSection({ cited }: { cited: SourceId[] }) {
  return (
    <CareerSection id="sources" title={careerWords.sections.sources.title} intro={<p>{careerWords.sections.sources.intro}</p>} tinted>
      <ol className="grid gap-3 md:grid-cols-2">
        {cited.map((id) => {
          const document = sourceDocuments[id];
          return (
            <li key={id} id={sourceAnchor(id)} className="flex gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
              <span
                aria-hidden="true"
                className="inline-flex size-8 shrink-0 items-center justify-center rounded-lg bg-slate-100 font-bold text-slate-800 ring-1 ring-slate-300 ring-inset"
              >
                {sourceNumber(id)}
              </span>
              <div className="min-w-0">
                <p className="font-semibold text-pretty text-slate-900">
                  <span className="sr-only">{careerWords.sourceLabel} {sourceNumber(id)}: </span>
                  <cite className="not-italic">{document.title}</cite>
                </p>
                <p className="mt-0.5 text-sm text-slate-700">{document.kind}</p>
                <p className="mt-1.5 text-sm leading-relaxed text-pretty text-slate-600">{document.holds}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </CareerSection>
  );
}
