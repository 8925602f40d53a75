"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FEELINGS, type TryWorkFeeling } from "@/lib/try-work/feelings";
import type { Exercise } from "@/lib/try-work/schema";
import { correctOption, optionView, type TryWorkScore } from "@/lib/try-work/score";
import { Button } from "@/components/quiz/button";
import { StepHeading } from "@/components/quiz/step-heading";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";

export type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved-report" }
  | { status: "saved-device" }
  | { status: "not-stored" }
  | { status: "failed" };

export type EndStepProps = {
  exercise: Exercise;
  score: TryWorkScore;
  /** The report this go was started from, when this device may add to it. */
  toReport: boolean;
  reportHref: string | null;
  save: SaveState;
  onSave: (feeling: TryWorkFeeling) => void;
  onStartAgain: () => void;
  disabled: boolean;
};

const optionClass =
  "flex min-h-12 cursor-pointer items-center gap-3 has-[:disabled]:cursor-default rounded-xl border border-slate-300 bg-white px-4 py-3 text-base leading-snug text-slate-800 transition-colors hover:border-brand-600 hover:bg-brand-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-slate-900 has-[:checked]:shadow-[inset_0_0_0_1px_var(--color-brand-600)]";
const radioClass =
  "size-5 shrink-0 cursor-pointer appearance-none rounded-full border-2 border-slate-500 bg-white transition-[border-width,border-color] duration-100 checked:border-[6px] checked:border-brand-600 disabled:cursor-default disabled:border-slate-300";

/** The score, one line per note, and "How did that feel?", which is saved with the outcome. */
export function EndStep({ exercise, score, toReport, reportHref, save, onSave, onStartAgain, disabled }: EndStepProps) {
  const t = useTranslations("tryWork");
  const [feeling, setFeeling] = useState<TryWorkFeeling | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = save.status === "saved-report" || save.status === "saved-device" || save.status === "not-stored";
  const busy = save.status === "saving";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!feeling) {
      setError(t("pickFeeling"));
      document.getElementById("try-feeling-enjoyed")?.focus();
      return;
    }
    setError(null);
    onSave(feeling);
  };

  return (
    <section aria-labelledby="try-end-heading">
      <StepHeading id="try-end-heading">{t("endHeading")}</StepHeading>
      <p data-try-score className="mt-3 text-3xl font-bold tracking-tight text-slate-900 tabular-nums">
        {t("score", { correct: score.correct, total: score.total })}
      </p>
      <ul className="mt-3 space-y-1.5">
        {exercise.notes.map((note) => {
          const entry = score.questions.find((question) => question.questionId === note.question.id);
          const answer = optionView(exercise, correctOption(note.question)).code ?? t("noCode");
          const chosenOption = note.question.options.find((option) => option.id === entry?.chosen);
          const chosen = chosenOption ? (optionView(exercise, chosenOption).code ?? t("noCode")) : "";
          return (
            <li key={note.id} className="flex gap-2 text-sm leading-snug text-slate-700">
              {entry?.right ? (
                <Icon name="check" className="size-4.5 shrink-0 text-brand-700" />
              ) : (
                <Icon name="info" className="size-4.5 shrink-0 text-amber-800" />
              )}
              <span>
                <span className="font-semibold text-slate-900">{note.setting}</span>: {entry?.right ? t("recapRight", { code: answer }) : t("recapWrong", { chosen, code: answer })}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 max-w-[65ch] leading-relaxed text-pretty text-slate-700">{t("scoreNote")}</p>

      {done ? (
        <div role="status" className="mt-6 rounded-2xl border border-brand-200 bg-brand-50 p-4 sm:p-5">
          <p className="flex items-start gap-2 leading-relaxed text-slate-900">
            <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
            <span>
              {save.status === "saved-report" ? t("savedToReport") : save.status === "saved-device" ? t("savedHere") : t("notStored")}
            </span>
          </p>
          <div className="mt-4 flex flex-col gap-3 sm:flex-row">
            {reportHref ? (
              <ButtonLink href={reportHref}>
                {t("backToReport")}
                <Icon name="arrowRight" />
              </ButtonLink>
            ) : (
              <ButtonLink href="/assessment">
                {t("takeAssessment")}
                <Icon name="arrowRight" />
              </ButtonLink>
            )}
            <Button variant="secondary" onClick={onStartAgain}>
              <Icon name="refresh" />
              {t("startAgain")}
            </Button>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={submit} className="mt-6 border-t border-slate-200 pt-5">
          <fieldset aria-describedby={["try-feeling-help", error ? "try-feeling-error" : ""].filter(Boolean).join(" ")} aria-invalid={error ? true : undefined} className="min-w-0">
            <legend className="text-lg leading-snug font-semibold text-slate-900">{t("feelingLegend")}</legend>
            <p id="try-feeling-help" className="mt-1 text-sm leading-relaxed text-slate-600">
              {t("feelingHelp")}
            </p>
            {error ? (
              <p id="try-feeling-error" className="mt-2 flex items-start gap-1.5 text-sm font-semibold text-red-700">
                <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
                <span className="sr-only">{t("errorPrefix")}</span>
                <span>{error}</span>
              </p>
            ) : null}
            <div className="mt-3 grid gap-2 sm:grid-cols-3">
              {FEELINGS.map((value) => (
                <label key={value} htmlFor={`try-feeling-${value}`} className={optionClass}>
                  <input
                    id={`try-feeling-${value}`}
                    type="radio"
                    name="try-feeling"
                    value={value}
                    checked={feeling === value}
                    disabled={disabled || busy}
                    onChange={() => {
                      setFeeling(value);
                      setError(null);
                    }}
                    className={radioClass}
                  />
                  <span>{t(`feelings.${value}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div role="status" className="empty:hidden">
            {save.status === "failed" ? (
              <p className="mt-4 flex items-start gap-2.5 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm leading-relaxed text-amber-900">
                <Icon name="info" className="mt-px size-5 shrink-0 text-amber-800" />
                <span>{t("saveFailed")}</span>
              </p>
            ) : null}
          </div>
          <div className="mt-5 flex flex-col gap-3 sm:flex-row">
            <Button type="submit" disabled={disabled} aria-disabled={busy || undefined} className="sm:px-8">
              {busy ? t("saving") : save.status === "failed" ? t("tryAgain") : toReport ? t("saveToReport") : t("save")}
            </Button>
            {reportHref && save.status === "failed" ? (
              <ButtonLink href={reportHref} variant="secondary">
                {t("backToReport")}
              </ButtonLink>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
