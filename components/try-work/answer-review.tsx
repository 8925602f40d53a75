import { useTranslations } from "next-intl";
import type { Exercise, ExerciseQuestion } from "@/lib/try-work/schema";
import { correctOption, optionView } from "@/lib/try-work/score";
import { Icon } from "@/components/ui/icon";

export type AnswerReviewProps = {
  exercise: Exercise;
  question: ExerciseQuestion;
  chosen: string;
  /** Receives focus when the review opens, so it is read out and scrolled into view. */
  headingId: string;
};

/** A cross for options that do not fit, drawn like components/ui/icon.tsx's line icons. */
function Cross({ className }: { className: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" className={className} aria-hidden="true" focusable="false">
      <path d="M7 7l10 10M17 7 7 17" />
    </svg>
  );
}

/**
 * After "Check my answer": right or not, the answer, then every option with why it fits or does
 * not, the person's own choice marked. Calm colours: teal for the answer, slate for the rest.
 */
export function AnswerReview({ exercise, question, chosen, headingId }: AnswerReviewProps) {
  const t = useTranslations("tryWork");
  const answer = correctOption(question);
  const right = chosen === answer.id;
  const answerCode = optionView(exercise, answer).code ?? t("noCode");
  return (
    <div data-answer-review={right ? "right" : "not-right"}>
      <div
        className={[
          "rounded-xl border px-4 py-3",
          right ? "border-brand-300 bg-brand-50 text-brand-900" : "border-amber-300 bg-amber-50 text-amber-900",
        ].join(" ")}
      >
        <h3 id={headingId} tabIndex={-1} className="flex items-center gap-2 rounded-md text-lg font-bold">
          {right ? <Icon name="check" className="size-5 shrink-0" /> : <Icon name="info" className="size-5 shrink-0" />}
          {right ? t("right") : t("notQuite")}
        </h3>
        {right ? null : <p className="mt-0.5 leading-snug">{t("answerIs", { code: answerCode })}</p>}
      </div>

      <h4 className="mt-5 text-base font-semibold text-slate-900">{t("whyHeading")}</h4>
      <ul className="mt-2 space-y-2">
        {question.options.map((option) => {
          const view = optionView(exercise, option);
          const mine = option.id === chosen;
          return (
            <li
              key={option.id}
              data-option={option.id}
              data-fits={option.correct ? "yes" : "no"}
              className={[
                "flex gap-3 rounded-xl border px-4 py-3",
                option.correct ? "border-brand-600 bg-white shadow-[inset_0_0_0_1px_var(--color-brand-600)]" : "border-slate-200 bg-slate-50",
              ].join(" ")}
            >
              {option.correct ? (
                <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
              ) : (
                <Cross className="mt-0.5 size-5 shrink-0 text-slate-500" />
              )}
              <div className="min-w-0">
                <p className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                  <span className={["font-semibold text-slate-900", view.code ? "font-mono" : ""].join(" ")}>{view.code ?? t("noCode")}</span>
                  <span className={["text-sm font-semibold", option.correct ? "text-brand-700" : "text-slate-600"].join(" ")}>
                    {option.correct ? t("fits") : t("doesNotFit")}
                    {mine ? ` · ${t("yourChoice")}` : ""}
                  </span>
                </p>
                <p className="mt-0.5 text-sm leading-snug text-pretty text-slate-600">{view.text}</p>
                <p className="mt-1.5 leading-relaxed text-pretty text-slate-800">{option.explanation}</p>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 flex gap-2 rounded-lg bg-brand-50 px-3 py-2 text-sm leading-snug text-brand-900 ring-1 ring-brand-100 sm:gap-2.5 sm:px-4 sm:py-2.5">
        <Icon name="info" className="mt-px size-4.5 shrink-0 text-brand-700" />
        <span>{question.takeaway}</span>
      </p>
    </div>
  );
}
