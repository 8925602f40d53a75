"use client";

import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { get, set, useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import { answeredMarket, itemInMarket } from "@/lib/profiles/market";
import type { Questionnaire } from "@/lib/profiles/questionnaire-schema";
import type { AnswerValue, Answers } from "@/lib/scoring/answers";
import { questionDomId } from "@/lib/quiz/progress";
import { stepAnswersSchema, stepIntro, stepNote, stepTitle, type QuizStep } from "@/lib/quiz/steps";
import { Button } from "./button";
import { Icon } from "@/components/ui/icon";
import { QuestionField } from "./question-field";
import { StepHeading } from "./step-heading";

/**
 * Item ids contain dots ("about.market") and react-hook-form reads dots as paths, so the form
 * holds `{ about: { market } }`. The resolver flattens the values back to `{ "about.market" }`
 * and validates them by the server's own rules and messages (checked without zod, so the quiz
 * does not load it: lib/scoring/answer-checks.ts); its errors come back under the same dotted
 * names, which react-hook-form files at the matching fields.
 */
function stepResolver(step: QuizStep): Resolver<FieldValues> {
  const validate = standardSchemaResolver(stepAnswersSchema(step));
  return (values, context, options) => {
    const flat: Answers = {};
    for (const item of step.items) {
      const value: unknown = get(values, item.id);
      if (typeof value === "string" || typeof value === "number") flat[item.id] = value;
    }
    return validate(flat, context, options as unknown as Parameters<typeof validate>[2]) as ReturnType<Resolver<FieldValues>>;
  };
}

/** The nested form values for the answers already given on this step. */
function formValuesFor(step: QuizStep, answers: Answers): FieldValues {
  const values: FieldValues = {};
  for (const item of step.items) set(values, item.id, answers[item.id]);
  return values;
}

/** Moves focus to a question: its chosen option, or the first one. */
export function focusQuestion(itemId: string): boolean {
  const group = document.getElementById(questionDomId(itemId));
  const radio =
    group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    group?.querySelector<HTMLInputElement>('input[type="radio"]');
  if (!radio) return false;
  radio.focus();
  return true;
}

export type SectionStepProps = {
  questionnaire: Questionnaire;
  /** The step's questions: a whole section, or one part of a long one. */
  step: QuizStep;
  answers: Answers;
  onAnswer: (itemId: string, value: AnswerValue) => void;
  onNext: () => void;
  onBack?: () => void;
  /** Offered after "Change" on the review step: check this step, then go straight back. */
  onReturnToReview?: () => void;
  /** Problems the server found with this step's answers, by question id. */
  serverErrors?: Record<string, string> | null;
  /** True until the page is interactive (server-rendered first paint). */
  disabled?: boolean;
};

function countProblems(step: QuizStep, errors: FieldErrors<FieldValues>): number {
  return step.items.filter((item) => get(errors, item.id)).length;
}

export function SectionStep({
  questionnaire,
  step,
  answers,
  onAnswer,
  onNext,
  onBack,
  onReturnToReview,
  serverErrors,
  disabled = false,
}: SectionStepProps) {
  const t = useTranslations("quiz");
  const resolver = useMemo(() => stepResolver(step), [step]);
  const [defaultValues] = useState(() => formValuesFor(step, answers));
  const { control, handleSubmit, clearErrors, setError, formState } = useForm<FieldValues>({
    resolver,
    defaultValues,
    mode: "onSubmit",
    shouldFocusError: false,
  });
  const [showSummary, setShowSummary] = useState(() => Boolean(serverErrors && Object.keys(serverErrors).length > 0));
  const problems = countProblems(step, formState.errors);

  // Problems found by the server are shown beside their questions, and the first gets focus.
  useEffect(() => {
    if (!serverErrors) return;
    const ids = step.items.map((item) => item.id).filter((id) => serverErrors[id]);
    for (const id of ids) setError(id, { type: "server", message: serverErrors[id] });
    if (ids[0]) focusQuestion(ids[0]);
  }, [serverErrors, step, setError]);

  const onInvalid = (errors: FieldErrors<FieldValues>) => {
    setShowSummary(true);
    const first = step.items.find((item) => get(errors, item.id));
    if (first) focusQuestion(first.id);
  };

  const onValid = () => {
    setShowSummary(false);
    onNext();
  };

  const returnToReview = onReturnToReview
    ? handleSubmit(() => {
        setShowSummary(false);
        onReturnToReview();
      }, onInvalid)
    : undefined;

  const note = stepNote(step, t);
  const headingId = `step-heading-${step.key}`;
  // Code set names follow the market chosen in the first step (OPCS-4 in the UK, CCI in Canada).
  const market = answeredMarket(questionnaire, answers);

  return (
    <section aria-labelledby={headingId}>
      <StepHeading id={headingId}>{stepTitle(step, t)}</StepHeading>
      <p className="mt-1.5 max-w-[65ch] leading-relaxed text-pretty text-slate-700 sm:mt-2">{stepIntro(step, t)}</p>
      {note ? (
        <p className="mt-3 flex gap-2 rounded-lg bg-brand-50 px-3 py-2 text-sm leading-snug text-brand-900 ring-1 ring-brand-100 sm:mt-4 sm:gap-2.5 sm:px-4 sm:py-2.5">
          <Icon name="info" className="mt-px size-4.5 shrink-0 text-brand-700" />
          <span>
            <strong className="font-semibold">{note.lead}</strong> {note.text}
          </span>
        </p>
      ) : null}

      <div role="alert" className="empty:hidden">
        {showSummary && problems > 0 ? (
          <p className="mt-5 flex items-start gap-2.5 rounded-xl border border-red-300 bg-red-50 px-4 py-3 font-semibold text-red-800">
            <Icon name="alertCircle" className="mt-px size-5 shrink-0" />
            <span>
              {t("step.problems", { count: problems })}
              <span className="block text-sm font-normal text-red-800">{t("step.problemsMarked")}</span>
            </span>
          </p>
        ) : null}
      </div>

      <form noValidate onSubmit={handleSubmit(onValid, onInvalid)} className="mt-4 sm:mt-6">
        <div className="divide-y divide-slate-200 border-y border-slate-200">
          {step.items.map((item) => (
            <div key={item.id} className="py-5 sm:py-6">
              <QuestionField
                item={itemInMarket(item, market)}
                control={control}
                agreementScale={questionnaire.agreementScale}
                onAnswer={onAnswer}
                onResolved={clearErrors}
                disabled={disabled}
              />
            </div>
          ))}
        </div>
        <StepActions onBack={onBack} onReturnToReview={returnToReview ? () => void returnToReview() : undefined} disabled={disabled} />
      </form>
    </section>
  );
}

type StepActionsProps = {
  onBack?: () => void;
  onReturnToReview?: () => void;
  disabled: boolean;
};

/** Back and Next, side by side even on phones; "Return to review" above them when offered. */
export function StepActions({ onBack, onReturnToReview, disabled }: StepActionsProps) {
  const t = useTranslations("quiz.step");
  return (
    <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
      {onReturnToReview ? (
        <Button variant="secondary" onClick={onReturnToReview} disabled={disabled} className="sm:order-2 sm:ml-auto">
          {t("returnToReview")}
        </Button>
      ) : null}
      <div className="flex gap-3 sm:contents">
        {onBack ? (
          <Button variant="secondary" onClick={onBack} disabled={disabled} className="flex-1 px-4 sm:order-1 sm:flex-none sm:px-6">
            <Icon name="arrowLeft" />
            {t("back")}
          </Button>
        ) : null}
        <Button
          type="submit"
          disabled={disabled}
          className={["flex-1 px-4 sm:order-3 sm:flex-none sm:px-8", onReturnToReview ? "" : "sm:ml-auto"].join(" ")}
        >
          {t("next")}
          <Icon name="arrowRight" />
        </Button>
      </div>
    </div>
  );
}
