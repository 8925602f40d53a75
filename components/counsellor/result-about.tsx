import { ReportSection } from "@/components/report/parts";
import { Icon } from "@/components/ui/icon";

type Day = { text: string; iso: string };

export type ResultAboutProps = {
  takenOn: Day;
  sharedOn: Day;
  versions: { profile: string; scoring: string; questionnaire: string };
};

/**
 * The report's last part for a counsellor: what it is for and which versions produced it, in
 * place of the student's own footer (retake, copy link, delete), which is not theirs to use.
 */
export function ResultAbout({ takenOn, sharedOn, versions }: ResultAboutProps) {
  return (
    <ReportSection id="about-report" eyebrow="About this report" title="How to read this report" className="pb-16 sm:pb-20">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <div className="report-card rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-7">
          <p className="flex items-center gap-2.5 text-lg font-semibold text-amber-900">
            <Icon name="info" className="size-6 shrink-0 text-amber-800" />
            Intended use
          </p>
          <ul className="mt-3 list-disc space-y-2 pl-5 leading-relaxed text-slate-800 marker:text-amber-700 sm:pl-[2.125rem]">
            <li>This report is for career exploration. It is not a hiring, admissions or certification test.</li>
            <li>It cannot predict exam results or job offers.</li>
            <li>Salary figures are indicative ranges from public sources, not offers or guarantees.</li>
            <li>It works best as the start of a conversation with the student, not as a verdict on them.</li>
          </ul>
        </div>
        <div className="report-card rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-5 gap-y-2">
            <dt className="text-slate-600">Taken on</dt>
            <dd className="font-semibold text-slate-900">
              <time dateTime={takenOn.iso}>{takenOn.text}</time>
            </dd>
            <dt className="text-slate-600">Shared on</dt>
            <dd className="text-slate-900">
              <time dateTime={sharedOn.iso}>{sharedOn.text}</time>
            </dd>
            <dt className="text-slate-600">Career profile</dt>
            <dd className="text-slate-900 tabular-nums">version {versions.profile}</dd>
            <dt className="text-slate-600">Scoring model</dt>
            <dd className="text-slate-900 tabular-nums">version {versions.scoring}</dd>
          </dl>
          <p className="mt-4 text-sm leading-relaxed text-pretty text-slate-600">
            The student chose to share this result with your cohort and can stop sharing it at any time. This page then
            stops working for you, and your notes on it are deleted.
          </p>
        </div>
      </div>
    </ReportSection>
  );
}
