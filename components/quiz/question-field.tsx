"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useController, type Control, type FieldValues } from "react-hook-form";
import type { Questionnaire, QuestionnaireItem } from "@/lib/profiles/questionnaire-schema";
import type { AnswerValue } from "@/lib/scoring/answers";
import { answerProblemIn, optionsFor } from "@/lib/quiz/labels";
import { questionDomId } from "@/lib/quiz/progress";
import { Icon } from "@/components/ui/icon";

export type QuestionFieldProps = {
  item: QuestionnaireItem;
  control: Control<FieldValues>;
  agreementScale: Questionnaire["agreementScale"];
  /** Called with every choice, so it can be saved at once. */
  onAnswer: (itemId: string, value: AnswerValue) => void;
  /** Called after a choice so an earlier "please answer" message goes away. */
  onResolved: (itemId: string) => void;
  /** True until the page is interactive. */
  disabled?: boolean;
};

const optionBase =
  "flex min-h-12 cursor-pointer items-start gap-3 has-[:disabled]:cursor-default rounded-xl border border-slate-300 bg-white px-4 py-3 text-base leading-snug text-slate-800 transition-colors hover:border-brand-600 hover:bg-brand-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-slate-900 has-[:checked]:shadow-[inset_0_0_0_1px_var(--color-brand-600)]";

/* A native radio drawn by CSS: a ring that fills to a thick teal ring when chosen (visible in forced colours too). */
const radioClass =
  "mt-0.5 size-5 shrink-0 cursor-pointer appearance-none rounded-full border-2 border-slate-500 bg-white transition-[border-width,border-color] duration-100 checked:border-[6px] checked:border-brand-600 disabled:cursor-default disabled:border-slate-300";

/** A question as a real radio group: fieldset, legend, native radios (arrow keys work). */
export function QuestionField({ item, control, agreementScale, onAnswer, onResolved, disabled = false }: QuestionFieldProps) {
  const t = useTranslations("quiz");
  const { field, fieldState } = useController({ name: item.id, control });
  const baseId = questionDomId(item.id);
  const helpId = `${baseId}-help`;
  const errorId = `${baseId}-error`;
  const problem = fieldState.error?.message;
  const error = problem ? answerProblemIn(problem, t) : undefined;
  const describedBy = [item.help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const options = useMemo(() => optionsFor(item, agreementScale, t), [item, agreementScale, t]);
  const isAgreement = item.kind === "agreement";

  return (
    <div className={["relative", error ? "pl-4" : ""].join(" ")}>
      {/* A red bar beside a question with a problem; outside the fieldset so it spans the legend too. */}
      {error ? <span aria-hidden="true" className="absolute inset-y-0 left-0 w-1 rounded-full bg-red-700" /> : null}
      <fieldset
        id={baseId}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data-question={item.id}
        className="min-w-0"
      >
        <legend className="text-lg leading-snug font-semibold text-pretty text-slate-900">{item.prompt}</legend>
        {item.help ? (
          <p id={helpId} className="mt-1.5 text-sm leading-relaxed text-slate-600">
            {item.help}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="mt-2 flex items-start gap-1.5 text-sm font-semibold text-red-700">
            <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
            <span className="sr-only">{t("question.errorPrefix")}</span>
            <span>{error}</span>
          </p>
        ) : null}
        <div className={["mt-3 grid gap-2 sm:mt-4", isAgreement ? "sm:grid-cols-5" : ""].join(" ")}>
          {options.map((option, index) => {
            const inputId = `${baseId}-${index}`;
            const checked = field.value === option.value;
            return (
              <label
                key={String(option.value)}
                htmlFor={inputId}
                className={[
                  optionBase,
                  isAgreement ? "sm:flex-col sm:items-center sm:gap-2 sm:px-2 sm:text-center sm:text-sm" : "",
                ].join(" ")}
              >
                <input
                  id={inputId}
                  type="radio"
                  name={item.id}
                  value={String(option.value)}
                  checked={checked}
                  disabled={disabled}
                  ref={index === 0 ? field.ref : undefined}
                  onBlur={field.onBlur}
                  onChange={() => {
                    field.onChange(option.value);
                    onAnswer(item.id, option.value);
                    onResolved(item.id);
                  }}
                  className={radioClass}
                />
                <span className="min-w-0">
                  {option.lead ? (
                    <>
                      <span className="font-semibold text-slate-900">{option.lead}</span> —{" "}
                    </>
                  ) : null}
                  {option.text}
                  {option.hint ? <span className="mt-0.5 block text-sm text-slate-600">{option.hint}</span> : null}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
