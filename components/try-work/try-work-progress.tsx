import { useTranslations } from "next-intl";

/** "Note k of n" and a thin bar, as the quiz shows its steps (components/quiz/quiz-progress.tsx). */
export function TryWorkProgress({ current, total }: { current: number; total: number }) {
  const t = useTranslations("tryWork");
  const label = t("noteOf", { current, total });
  return (
    <div className="mb-4 sm:mb-6">
      <p aria-live="polite" className="text-sm font-semibold text-slate-900">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={label}
        className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-200 sm:mt-2 sm:h-2"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300" style={{ width: `${(current / total) * 100}%` }} />
      </div>
    </div>
  );
}
