export type QuizProgressProps = {
  step: number;
  total: number;
  title: string;
  timeLeft: string;
};

/** "Step k of 6", the time left, and a bar; the text is announced politely when it changes. */
export function QuizProgress({ step, total, title, timeLeft }: QuizProgressProps) {
  const current = step + 1;
  return (
    <div className="mb-8">
      <div aria-live="polite" className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 text-sm">
        <p className="font-semibold text-slate-900">
          Step {current} of {total}
          <span className="font-normal text-slate-600"> · {title}</span>
        </p>
        <p className="text-slate-600">{timeLeft}</p>
      </div>
      <div
        role="progressbar"
        aria-label="Assessment progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={`Step ${current} of ${total}: ${title}`}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
          style={{ width: `${(current / total) * 100}%` }}
        />
      </div>
    </div>
  );
}
