import { Button } from "./button";
import { Icon } from "@/components/ui/icon";
import { StepHeading } from "./step-heading";

export type ResumeCardProps = {
  answered: number;
  total: number;
  /** ISO time of the last save; empty when unknown. */
  savedAt: string;
  onContinue: () => void;
  onStartOver: () => void;
};

function formatSavedAt(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Shown when this device holds unfinished answers: continue them, or clear them and start again. */
export function ResumeCard({ answered, total, savedAt, onContinue, onStartOver }: ResumeCardProps) {
  const when = formatSavedAt(savedAt);
  return (
    <section aria-labelledby="step-heading-resume" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
      <StepHeading id="step-heading-resume">Welcome back</StepHeading>
      <p className="mt-3 leading-relaxed text-slate-700">
        You have answered {answered} of {total} questions.{" "}
        {when ? (
          <>
            They were saved on this device on <time dateTime={savedAt}>{when}</time>.
          </>
        ) : (
          "They are saved on this device."
        )}
      </p>
      <div className="mt-4 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.round((answered / total) * 100)}%` }} />
      </div>
      <div className="mt-7 flex flex-col gap-3 sm:flex-row">
        <Button onClick={onContinue} className="sm:px-8">
          Continue where you left off
          <Icon name="arrowRight" />
        </Button>
        <Button variant="secondary" onClick={onStartOver}>
          Start over
        </Button>
      </div>
      <p className="mt-4 text-sm leading-relaxed text-slate-600">Starting over clears the saved answers from this device.</p>
    </section>
  );
}
