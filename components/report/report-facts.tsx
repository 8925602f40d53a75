import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type Day = { text: string; iso: string };

export type ReportFactsProps = {
  takenOn: Day;
  /** The counsellor's copy also says when the student shared it. */
  sharedOn?: Day;
  versions: { profile: string; scoring: string };
  /** One sentence under the facts: who can see this report, and for how long. */
  children: ReactNode;
};

/** The card of dates and versions beside the intended-use card, on the student's report and the counsellor's copy. */
export function ReportFacts({ takenOn, sharedOn, versions, children }: ReportFactsProps) {
  const t = useTranslations("report.facts");
  return (
    <div className="report-card rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-5 gap-y-2">
        <dt className="text-slate-600">{t("takenOn")}</dt>
        <dd className="font-semibold text-slate-900">
          <time dateTime={takenOn.iso}>{takenOn.text}</time>
        </dd>
        {sharedOn ? (
          <>
            <dt className="text-slate-600">{t("sharedOn")}</dt>
            <dd className="text-slate-900">
              <time dateTime={sharedOn.iso}>{sharedOn.text}</time>
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("profile")}</dt>
        <dd className="text-slate-900 tabular-nums">{t("version", { version: versions.profile })}</dd>
        <dt className="text-slate-600">{t("scoring")}</dt>
        <dd className="text-slate-900 tabular-nums">{t("version", { version: versions.scoring })}</dd>
      </dl>
      <p className="mt-4 text-sm leading-relaxed text-pretty text-slate-600">{children}</p>
    </div>
  );
}
