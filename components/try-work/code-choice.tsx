"use client";

import { useTranslations } from "next-intl";
import type { Exercise, ExerciseQuestion } from "@/lib/try-work/schema";
import { optionView } from "@/lib/try-work/score";
import { Icon } from "@/components/ui/icon";

export type CodeChoiceProps = {
  exercise: Exercise;
  question: ExerciseQuestion;
  chosen: string | null;
  onChoose: (optionId: string) => void;
  /** Shown after "Check my answer" with nothing chosen. */
  error: string | null;
  disabled: boolean;
};

/* The quiz's option look (components/quiz/question-field.tsx): a bordered row, a native radio drawn by CSS. */
const optionClass =
  "flex min-h-12 cursor-pointer items-start gap-3 has-[:disabled]:cursor-default rounded-xl border border-slate-300 bg-white px-4 py-3 text-base leading-snug text-slate-800 transition-colors hover:border-brand-600 hover:bg-brand-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-slate-900 has-[:checked]:shadow-[inset_0_0_0_1px_var(--color-brand-600)]";
const radioClass =
  "mt-0.5 size-5 shrink-0 cursor-pointer appearance-none rounded-full border-2 border-slate-500 bg-white transition-[border-width,border-color] duration-100 checked:border-[6px] checked:border-brand-600 disabled:cursor-default disabled:border-slate-300";

/** The question as a real radio group: fieldset, legend, one labelled native radio per code. */
export function CodeChoice({ exercise, question, chosen, onChoose, error, disabled }: CodeChoiceProps) {
  const t = useTranslations("tryWork");
  const base = `try-${question.id}`;
  const errorId = `${base}-error`;
  return (
    <fieldset id={base} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined} className="min-w-0">
      <legend className="text-lg leading-snug font-semibold text-pretty text-slate-900">{question.prompt}</legend>
      {error ? (
        <p id={errorId} className="mt-2 flex items-start gap-1.5 text-sm font-semibold text-red-700">
          <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
          <span className="sr-only">{t("errorPrefix")}</span>
          <span>{error}</span>
        </p>
      ) : null}
      <div className="mt-3 grid gap-2">
        {question.options.map((option) => {
          const view = optionView(exercise, option);
          const inputId = `${base}-${option.id}`;
          return (
            <label key={option.id} htmlFor={inputId} className={optionClass}>
              <input
                id={inputId}
                type="radio"
                name={base}
                value={option.id}
                checked={chosen === option.id}
                disabled={disabled}
                onChange={() => onChoose(option.id)}
                className={radioClass}
              />
              <span className="min-w-0">
                <span className={["block font-semibold text-slate-900", view.code ? "font-mono" : ""].join(" ")}>{view.code ?? t("noCode")}</span>
                <span className="mt-0.5 block text-sm leading-snug text-pretty text-slate-700">{view.text}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
