"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, useSyncExternalStore, type FormEvent } from "react";
import { getStorage, parseSavedResults, readSavedResultsRaw, savedOwnerKey, subscribeToSavedResults } from "@/lib/quiz/storage";
import { saveTryWorkRequest } from "@/lib/try-work/api";
import type { TryWorkFeeling } from "@/lib/try-work/feelings";
import type { Exercise } from "@/lib/try-work/schema";
import { scoreTryWork, type TryWorkAnswers } from "@/lib/try-work/score";
import { saveDeviceTryWork } from "@/lib/try-work/storage";
import { INTRO_CODE_SETS } from "@/lib/try-work/intro";
import { Button } from "@/components/quiz/button";
import { StepHeading } from "@/components/quiz/step-heading";
import { Icon } from "@/components/ui/icon";
import { AnswerReview } from "./answer-review";
import { CodeChoice } from "./code-choice";
import { EndStep, type SaveState } from "./end-step";
import { NoteCard } from "./note-card";
import { TryWorkProgress } from "./try-work-progress";

export type TryWorkProps = {
  exercise: Exercise;
  /** The report this was opened from (?report=…): the outcome goes there when this device owns it. */
  reportId: string | null;
};

type Step = { kind: "intro" } | { kind: "note"; index: number } | { kind: "end" };
type Focus = { id: string; seq: number; top: boolean };

const subscribeToNothing = () => () => {};

/**
 * The exercise, one note at a time: choose a code, check it, read why each option fits or not,
 * then the next note; at the end the score and "How did that feel?". The server renders the
 * introduction, so it shows before the script arrives; its button works once the page is interactive.
 */
export function TryWork({ exercise, reportId }: TryWorkProps) {
  const t = useTranslations("tryWork");
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const resultsRaw = useSyncExternalStore(subscribeToSavedResults, readSavedResultsRaw, () => null);
  const ownerKey = useMemo(() => (reportId ? savedOwnerKey(parseSavedResults(resultsRaw), reportId) : null), [resultsRaw, reportId]);

  const [step, setStep] = useState<Step>({ kind: "intro" });
  const [answers, setAnswers] = useState<TryWorkAnswers>({});
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ status: "idle" });
  const [focus, setFocus] = useState<Focus | null>(null);

  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus.id)?.focus({ preventScroll: focus.top });
    if (focus.top) window.scrollTo({ top: 0, behavior: "instant" });
  }, [focus]);

  const requestFocus = (id: string, top: boolean) => setFocus((previous) => ({ id, top, seq: (previous?.seq ?? 0) + 1 }));
  const total = exercise.notes.length;
  const score = useMemo(() => scoreTryWork(exercise, answers), [exercise, answers]);

  const goToNote = (index: number) => {
    setChoiceError(null);
    if (index >= total) {
      setStep({ kind: "end" });
      requestFocus("try-end-heading", true);
      return;
    }
    setStep({ kind: "note", index });
    requestFocus(`try-note-heading-${exercise.notes[index]!.id}`, true);
  };

  const startAgain = () => {
    setAnswers({});
    setChecked({});
    setSave({ status: "idle" });
    goToNote(0);
  };

  const saveOutcome = async (feeling: TryWorkFeeling) => {
    const submission = { version: exercise.version, answers, feeling };
    const onDevice = { ...submission, correct: score.correct, total: score.total, triedAt: new Date().toISOString() };
    if (reportId && ownerKey) {
      setSave({ status: "saving" });
      const outcome = await saveTryWorkRequest(reportId, ownerKey, submission);
      if (outcome === "saved") {
        setSave({ status: "saved-report" });
        return;
      }
      // Kept here either way: the quiz sends it with the next result.
      const kept = saveDeviceTryWork(getStorage(), onDevice);
      if (outcome === "failed") setSave({ status: "failed" });
      else setSave({ status: kept ? "saved-device" : "not-stored" });
      return;
    }
    setSave({ status: saveDeviceTryWork(getStorage(), onDevice) ? "saved-device" : "not-stored" });
  };

  if (step.kind === "intro") {
    return (
      <section aria-labelledby="try-intro-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
        <StepHeading id="try-intro-heading">{t("introHeading")}</StepHeading>
        <p className="mt-2 leading-relaxed text-pretty text-slate-700">{t("introText")}</p>
        <ul className="mt-3 space-y-2">
          {INTRO_CODE_SETS.map((set) => (
            <li key={set.name} className="flex items-baseline gap-2 leading-snug text-slate-800">
              <span className="inline-block min-w-[6.25rem] shrink-0 rounded-md bg-brand-50 px-2 py-0.5 text-center text-sm font-semibold whitespace-nowrap text-brand-800 ring-1 ring-brand-200">
                {set.name}
              </span>
              <span>{t(`codeSets.${set.key}`)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-4 leading-relaxed text-pretty text-slate-700">{t("introHow")}</p>
        <Button onClick={() => goToNote(0)} disabled={!hydrated} className="mt-6 w-full sm:w-auto sm:px-8">
          {t("start")}
          <Icon name="arrowRight" />
        </Button>
      </section>
    );
  }

  if (step.kind === "end") {
    return (
      <EndStep
        exercise={exercise}
        score={score}
        toReport={Boolean(reportId && ownerKey)}
        reportHref={reportId ? `/report/${encodeURIComponent(reportId)}` : null}
        save={save}
        onSave={(feeling) => void saveOutcome(feeling)}
        onStartAgain={startAgain}
        disabled={!hydrated}
      />
    );
  }

  const note = exercise.notes[step.index]!;
  const { question } = note;
  const chosen = answers[question.id] ?? null;
  const isChecked = Boolean(checked[question.id]) && chosen !== null;
  const headingId = `try-note-heading-${note.id}`;
  const reviewId = `try-review-${question.id}`;

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setChoiceError(t("pickFirst"));
      document.getElementById(`try-${question.id}-${question.options[0]!.id}`)?.focus();
      return;
    }
    setChoiceError(null);
    setChecked((previous) => ({ ...previous, [question.id]: true }));
    requestFocus(reviewId, false);
  };

  return (
    <section aria-labelledby={headingId}>
      <TryWorkProgress current={step.index + 1} total={total} />
      <StepHeading id={headingId}>{note.setting}</StepHeading>
      <div className="mt-3 sm:mt-4">
        <NoteCard note={note} />
      </div>
      {isChecked ? (
        <div className="mt-5 sm:mt-6">
          <p className="mb-3 text-lg leading-snug font-semibold text-pretty text-slate-900">{question.prompt}</p>
          <AnswerReview exercise={exercise} question={question} chosen={chosen} headingId={reviewId} />
          <Button onClick={() => goToNote(step.index + 1)} className="mt-6 w-full sm:w-auto sm:px-8">
            {step.index + 1 < total ? t("next") : t("finish")}
            <Icon name="arrowRight" />
          </Button>
        </div>
      ) : (
        <form noValidate onSubmit={check} className="mt-5 sm:mt-6">
          <CodeChoice
            exercise={exercise}
            question={question}
            chosen={chosen}
            onChoose={(optionId) => {
              setAnswers((previous) => ({ ...previous, [question.id]: optionId }));
              setChoiceError(null);
            }}
            error={choiceError}
            disabled={!hydrated}
          />
          <Button type="submit" disabled={!hydrated} className="mt-6 w-full sm:w-auto sm:px-8">
            {t("check")}
          </Button>
        </form>
      )}
    </section>
  );
}
