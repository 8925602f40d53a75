import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { sourceAnchor, sourceIds, sourceNumber, sourcesDifferNear, type SourceRef } from "@/lib/career/view";
import type { CareerProfile, SeedCorrection, SourcesDiffer } from "@/lib/profiles";
import { SourceMarks } from "./parts";

const linkClass = "font-medium text-brand-800 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700";

/** "source 3" or "sources 1 and 5", each number a link to its entry in the Sources list. */
function SourceNames({ source }: { source: SourceRef }) {
  const ids = sourceIds(source);
  const t = useTranslations("career");
  return (
    <>
      {t("sourcesDiffer.source", { count: ids.length })}{" "}
      {ids.map((id, index) => (
        <Fragment key={id}>
          {index === 0 ? null : index === ids.length - 1 ? ` ${t("sourcesDiffer.and")} ` : t("list.separator")}
          <a href={`#${sourceAnchor(id)}`} className={linkClass}>
            {sourceNumber(id)}
          </a>
        </Fragment>
      ))}{" "}
      {t("sourcesDiffer.says", { count: ids.length })}
    </>
  );
}

/** One line per point the sources disagree on: what each says, so the reader sees both sides. */
export function SourcesDifferNotes({ profile, near }: { profile: CareerProfile; near: SourcesDiffer["near"] }) {
  const entries = sourcesDifferNear(profile.content, near);
  const t = useTranslations("career");
  if (!entries.length) return null;
  return (
    <div className="mt-5 max-w-[68ch] space-y-2">
      {entries.map((entry) => (
        <p
          key={entry.id}
          className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-[0.9375rem] leading-relaxed text-pretty text-slate-800"
          data-fact-scope={`differ:${entry.id}`}
        >
          <span className="font-semibold text-amber-950">{t("sourcesDiffer.lead", { topic: entry.topic })}</span>{" "}
          {entry.views.map((view, index) => (
            <Fragment key={view.says}>
              {index ? "; " : null}
              <SourceNames source={view.source} /> {view.says}
            </Fragment>
          ))}
          {t("list.stop")}
        </p>
      ))}
    </div>
  );
}

/** A seed's mistake set right in one line, with the public page that shows the right fact. */
export function SeedCorrectionNote({ correction, scope }: { correction: SeedCorrection; scope: string }) {
  const t = useTranslations("career");
  return (
    <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-700" data-fact-scope={scope}>
      <span className="font-semibold text-amber-900">{t("codeSets.correction")}</span> <SourceNames source={correction.seed} /> {correction.seedSays}
      {t("codeSets.correctionBut")}
      {correction.correct}
      {t("list.stop")}
      <SourceMarks source={correction.source} />
    </p>
  );
}
