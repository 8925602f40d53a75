import { useTranslations } from "next-intl";

export type QuizProgressProps = {
  step: number;
  total: number;
  title: string;
  timeLeft: string;
};

/**
 * "Step k of n", the time left and a thin bar, in one compact row so the step's first question
 * fits a phone's first screen. The step's title is the heading right below, so on phones it is
 * only announced here (politely, when it changes), not shown twice.
 */
export function QuizProgress({ step, total, title, timeLeft }: QuizProgressProps) {
  const t = useTranslations("quiz.progress");
  const current = step + 1;
  const stepOf = t("stepOf", { current, total });
  return (
    <div className="mb-4 sm:mb-6">
      <div aria-live="polite" className="flex items-baseline justify-between gap-x-3 text-sm">
        <p className="font-semibold text-slate-900">
          {stepOf}
          <span className="sr-only font-normal text-slate-600 sm:not-sr-only"> · {title}</span>
        </p>
        <p className="text-right text-slate-600">{timeLeft}</p>
      </div>
      <div
        role="progressbar"
        aria-label={t("label")}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={t("valueText", { current, total, title })}
        className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-200 sm:mt-2 sm:h-2"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
          style={{ width: `${(current / total) * 100}%` }}
        />
      </div>
    </div>
  );
}
