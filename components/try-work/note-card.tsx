import type { ClinicalNote } from "@/lib/try-work/schema";
import { useTranslations } from "next-intl";

/** One made-up clinical note, laid out like a short chart entry: a label and a line for each part. */
export function NoteCard({ note }: { note: ClinicalNote }) {
  const t = useTranslations("tryWork");
  return (
    <div data-clinical-note={note.id} className="rounded-2xl border border-slate-300 bg-white shadow-sm">
      {/* The setting is the step's heading just above; the card says only that no patient is real. */}
      <p className="rounded-t-2xl border-b border-slate-200 bg-slate-50 px-4 py-2 text-sm font-medium text-slate-600">{t("invented")}</p>
      <dl className="divide-y divide-slate-100 px-4">
        {note.lines.map((line) => (
          <div key={line.label} className="py-2.5 sm:grid sm:grid-cols-[7.5rem_minmax(0,1fr)] sm:gap-3">
            <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase sm:pt-0.5">{line.label}</dt>
            <dd className="mt-0.5 leading-relaxed text-pretty text-slate-900 sm:mt-0">{line.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
