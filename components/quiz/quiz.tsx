"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { getPathname } from "@/lib/i18n/navigation";
import type { Questionnaire } from "@/lib/profiles/questionnaire-schema";
import { answersSchemaFor, toAnswerIssues, type AnswerIssue, type AnswerValue } from "@/lib/scoring/answer-checks";
import { openReport } from "@/lib/quiz/navigate";
import { allItems, answeredCount, reviewStep, stepCount, stepOfItem, timeLeftLabel } from "@/lib/quiz/progress";
import { quizSteps, stepTitle } from "@/lib/quiz/steps";
import type { QuizWords } from "@/lib/quiz/words";
import { addSavedResult, clearProgress, getStorage } from "@/lib/quiz/storage";
import { emptyShareDraft, reportUrlWithShare, toInviteShare, type QuizInvite, type ShareDraft } from "@/lib/quiz/invite";
import { loadRetake } from "@/lib/quiz/retake";
import { describeWait, pickLocale, submitAssessment, type Submission, type SubmitOutcome } from "@/lib/quiz/submit";
import { clearDeviceTryWork, readDeviceTryWork, toSubmission as tryWorkSubmission } from "@/lib/try-work/storage";
import { Icon } from "@/components/ui/icon";
import { QuizProgress } from "./quiz-progress";
import { ReviewStep, type SubmitState } from "./review-step";
import { focusQuestion, SectionStep } from "./section-step";
import { browserIsOffline, useSendWhenOnline } from "./use-send-when-online";
import { ResumeCard, RetakeOffer } from "./start-cards";
import { useQuizProgress } from "./use-quiz-progress";

export type QuizProps = {
  /**
   * The questionnaire data only (not the whole career profile), to keep the page light, in the
   * page's language (profileIn). Answers are kept by question id and option value, so progress
   * saved on a page in one language carries on in another.
   */
  questionnaire: Questionnaire;
  /** The counsellor's invite from /assessment?invite=<token>, as the server found it. */
  invite?: QuizInvite | null;
};

type ShareErrors = Partial<Record<keyof ShareDraft, string>>;

const SHARE_FIELDS: Record<string, keyof ShareDraft> = {
  "share.displayName": "displayName",
  "share.email": "email",
  "share.consent": "consent",
  "share.guardianName": "guardianName",
  "share.guardianConsent": "guardianConsent",
  "share.rosterEntryId": "rosterEntryId",
};

type FocusTarget = { kind: "heading" } | { kind: "question"; id: string } | { kind: "none" };
type FocusRequest = FocusTarget & { seq: number };

type RetakeState = { status: "offered" | "loading" | "dismissed" } | { status: "failed"; message: string };

/** Sends that fail with the browser saying it is back online before the quiz stops waiting and says so. */
const FALSE_STARTS = 3;

function failureMessage(t: QuizWords, savesHere: boolean, cause: "connection" | "server" = "connection"): string {
  // A reply from our server means the connection is fine: asking the person to check it would mislead.
  return t("errors.notSaved", { where: savesHere ? "device" : "tab", cause });
}

/**
 * The assessment. The server renders the first step, so the questions show before the script
 * arrives; its controls stay disabled until the page is interactive. Anything that depends on
 * this device's storage (the resume prompt, the can't-save note) renders only after hydration,
 * through useSyncExternalStore's server snapshot, so the first render always matches.
 */
export function Quiz({ questionnaire, invite = null }: QuizProps) {
  const t = useTranslations("quiz");
  const locale = useLocale();
  const progress = useQuizProgress(questionnaire, invite);
  const { hydrated, savesHere, saved, session, current, hasSavedProgress, latestResult, previousOwner, activeInvite, persist } = progress;
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [returnToReview, setReturnToReview] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string> | null>(null);
  const [shareErrors, setShareErrors] = useState<ShareErrors | null>(null);
  const [submit, setSubmit] = useState<SubmitState>({ status: "idle" });
  const submitting = useRef(false);
  const waitForConnection = useSendWhenOnline();
  const [retake, setRetake] = useState<RetakeState>({ status: "offered" });
  /** Bumped when answers are replaced wholesale (a retake), so the step's form starts again from them. */
  const [formGeneration, setFormGeneration] = useState(0);

  useEffect(() => {
    if (!focusRequest || focusRequest.kind === "none") return;
    if (focusRequest.kind === "question") {
      focusQuestion(focusRequest.id);
      return;
    }
    document.querySelector<HTMLElement>("[data-step-heading]")?.focus({ preventScroll: true });
    window.scrollTo({ top: 0, behavior: "instant" });
  }, [focusRequest]);

  const total = stepCount(questionnaire);
  const review = reviewStep(questionnaire);
  const questionCount = allItems(questionnaire).length;

  const requestFocus = (target: FocusTarget) => setFocusRequest((previous) => ({ ...target, seq: (previous?.seq ?? 0) + 1 }));

  const startOver = () => {
    setServerErrors(null);
    setShareErrors(null);
    setReturnToReview(false);
    progress.restart();
    requestFocus({ kind: "heading" });
  };

  const startFromLastAnswers = async () => {
    if (!latestResult || retake.status === "loading") return;
    setRetake({ status: "loading" });
    const outcome = await loadRetake(questionnaire, latestResult.id, { submissionKey: saved?.submissionKey ?? "" });
    if (outcome.kind === "ready") {
      setRetake({ status: "dismissed" });
      setServerErrors(null);
      setReturnToReview(false);
      setFormGeneration((generation) => generation + 1);
      persist(outcome.progress);
      requestFocus({ kind: "heading" });
      return;
    }
    setRetake({
      status: "failed",
      message: outcome.kind === "missing" ? t("errors.retakeMissing") : t("errors.retakeFailed"),
    });
  };

  if (!session && saved && hasSavedProgress) {
    return (
      <ResumeCard
        answered={answeredCount(questionnaire, saved.answers)}
        total={questionCount}
        savedAt={saved.updatedAt}
        onContinue={() => {
          persist(saved); // also fills in a key or start time the saved copy lacked
          requestFocus({ kind: "heading" });
        }}
        onStartOver={startOver}
      />
    );
  }

  const answer = (itemId: string, value: AnswerValue) => {
    persist({ ...current, answers: { ...current.answers, [itemId]: value } });
    if (serverErrors?.[itemId]) {
      const { [itemId]: _resolved, ...rest } = serverErrors;
      setServerErrors(Object.keys(rest).length > 0 ? rest : null);
    }
  };

  const goToStep = (step: number, focus: FocusTarget) => {
    persist({ ...current, step });
    setSubmit({ status: "idle" });
    setShareErrors(null);
    requestFocus(focus);
  };

  const next = () => {
    const step = Math.min(current.step + 1, review);
    if (step === review) setReturnToReview(false);
    goToStep(step, { kind: "heading" });
  };

  const back = () => goToStep(Math.max(current.step - 1, 0), { kind: "heading" });

  const backToReview = () => {
    setReturnToReview(false);
    goToStep(review, { kind: "heading" });
  };

  const change = (itemId: string) => {
    const step = stepOfItem(questionnaire, itemId);
    if (step < 0) return;
    setReturnToReview(true);
    goToStep(step, { kind: "question", id: itemId });
  };

  /** Shows problems beside their questions, on the step of the first one. False when none can be placed. */
  const showIssues = (issues: AnswerIssue[]): boolean => {
    const placed = issues.filter((issue) => stepOfItem(questionnaire, issue.path) >= 0);
    const first = placed[0];
    if (!first) return false;
    const messages: Record<string, string> = {};
    for (const issue of placed) messages[issue.path] ??= issue.message;
    setServerErrors(messages);
    setReturnToReview(true);
    goToStep(stepOfItem(questionnaire, first.path), { kind: "none" });
    return true;
  };

  /** Server problems with the sharing details, by field; null when none of them is about sharing. */
  const placeShareIssues = (issues: AnswerIssue[]): ShareErrors | null => {
    const errors: ShareErrors = {};
    for (const issue of issues) {
      const field = SHARE_FIELDS[issue.path];
      if (field) errors[field] ??= issue.message;
    }
    return Object.keys(errors).length > 0 ? errors : null;
  };

  const saveShareDraft = (draft: ShareDraft) => {
    const before = current.shareDraft ?? emptyShareDraft();
    const same = (["displayName", "email", "consent", "under18", "guardianName", "guardianConsent", "rosterEntryId"] as const).every(
      (field) => (before[field] ?? "") === (draft[field] ?? ""),
    );
    if (same) return;
    persist({ ...current, shareDraft: draft });
  };

  const send = async (draft: ShareDraft | null) => {
    if (submitting.current) return;
    const checked = answersSchemaFor(questionnaire).safeParse(current.answers);
    if (!checked.success) {
      if (!showIssues(toAnswerIssues(checked.error))) setSubmit({ status: "failed", message: failureMessage(t, savesHere) });
      return;
    }
    // Shared only when the invite takes results and the person ticked the box (and gave a name).
    const share = draft ? toInviteShare(activeInvite, draft) : undefined;
    // "Try the work" done on this device before the quiz goes into the result with the answers.
    const triedWork = readDeviceTryWork(getStorage());
    submitting.current = true;
    setShareErrors(null);
    // Made once: a send held back for the connection resends exactly this, same submission key,
    // so however many tries it takes the server keeps one result.
    const submission: Submission = {
      answers: checked.data,
      submissionKey: current.submissionKey,
      ...(current.ownerKey ? { ownerKey: current.ownerKey } : {}),
      locale: pickLocale(navigator.language),
      ...(current.previousId ? { previousId: current.previousId, ...previousOwner(current.previousId) } : {}),
      ...(share ? { share } : {}),
      ...(triedWork ? { tryWork: tryWorkSubmission(triedWork) } : {}),
    };
    const attempt = () => submitAssessment(submission);
    const settle = (outcome: SubmitOutcome) => settleSubmit(outcome, share, Boolean(submission.tryWork));

    // Offline: nothing to try yet. Submitting stays on (a second tap does nothing) while it waits.
    if (!browserIsOffline()) {
      setSubmit({ status: "saving" });
      const outcome = await attempt();
      if (outcome.kind !== "failed" || !browserIsOffline()) {
        settle(outcome);
        return;
      }
    }
    setSubmit({ status: "waiting", onDevice: savesHere });
    let falseStarts = 0;
    waitForConnection({
      attempt,
      keepWaiting: (outcome) => outcome.kind === "failed" && (browserIsOffline() || ++falseStarts < FALSE_STARTS),
      onAttempt: () => setSubmit({ status: "resuming" }),
      onStillWaiting: () => setSubmit({ status: "waiting", onDevice: savesHere }),
      onSettled: settle,
    });
  };

  /** Acts on the server's answer: opens the report, or says what went wrong and lets the person try again. */
  const settleSubmit = (outcome: SubmitOutcome, share: Submission["share"], sentTryWork: boolean) => {
    switch (outcome.kind) {
      case "saved": {
        const storage = getStorage();
        if (storage) {
          addSavedResult(storage, current.previousId ? { ...outcome.result, previousId: current.previousId } : outcome.result);
          clearProgress(storage);
          // It is with the result now; a later attempt should not carry it again.
          if (sentTryWork) clearDeviceTryWork(storage);
        }
        setSubmit({ status: "opening" });
        // The report says whether the sharing worked (an invite can be turned off meanwhile); it
        // opens in the page's language (/hi/report/… on a Hindi page).
        openReport(getPathname({ href: reportUrlWithShare(outcome.reportUrl, share ? outcome.share : null), locale }));
        return; // Stay "submitting": the page is about to change.
      }
      case "invalid": {
        submitting.current = false;
        setSubmit({ status: "idle" });
        if (showIssues(outcome.issues)) return;
        const sharing = placeShareIssues(outcome.issues);
        if (sharing) {
          setShareErrors(sharing);
          return;
        }
        // A kept "Try the work" the server refuses (an exercise changed under it) must not block
        // the quiz: drop it, and the next try goes without it.
        if (outcome.issues.some((issue) => issue.path.startsWith("tryWork"))) clearDeviceTryWork(getStorage());
        setSubmit({ status: "failed", message: failureMessage(t, savesHere) });
        return;
      }
      case "rate-limited": {
        submitting.current = false;
        const wait = outcome.retryAfterSeconds === null ? t("errors.wait.unknown") : describeWait(outcome.retryAfterSeconds, t);
        setSubmit({ status: "failed", message: t("errors.rateLimited", { wait, where: savesHere ? "device" : "tab" }) });
        return;
      }
      case "unavailable":
        submitting.current = false;
        setSubmit({ status: "failed", message: failureMessage(t, savesHere, "server") });
        return;
      case "failed":
        submitting.current = false;
        setSubmit({ status: "failed", message: failureMessage(t, savesHere) });
        return;
    }
  };

  const step = current.step;
  /** The question step on screen; undefined on the review step. */
  const questionStep = quizSteps(questionnaire)[step];
  const offerRetake = hydrated && !session && !hasSavedProgress && latestResult !== null && retake.status !== "dismissed";

  return (
    <div>
      {offerRetake ? (
        <RetakeOffer
          takenAt={latestResult.createdAt}
          loading={retake.status === "loading"}
          error={retake.status === "failed" ? retake.message : null}
          onUseLastAnswers={() => void startFromLastAnswers()}
          onStartFresh={() => {
            setRetake({ status: "dismissed" });
            requestFocus({ kind: "heading" });
          }}
        />
      ) : null}

      {/* Said once, on the first step: repeated above every step they would push its first question off a phone's screen. */}
      {current.previousId && step === 0 ? (
        <p className="mb-6 flex items-start gap-2.5 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm leading-relaxed text-slate-800">
          <Icon name="refresh" className="mt-px size-5 shrink-0 text-brand-700" />
          <span>{t("notes.prefilled")}</span>
        </p>
      ) : null}

      {activeInvite && step === 0 ? <InviteNote invite={activeInvite} /> : null}

      <QuizProgress
        step={step}
        total={total}
        title={questionStep ? stepTitle(questionStep, t) : t("review.title")}
        timeLeft={timeLeftLabel(questionnaire, step, t)}
      />

      {savesHere ? null : (
        <p className="mb-6 flex items-start gap-2.5 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm leading-relaxed text-amber-900">
          <Icon name="info" className="mt-px size-5 shrink-0 text-amber-800" />
          <span>{t("notes.cannotSave")}</span>
        </p>
      )}

      {questionStep ? (
        <SectionStep
          key={`${questionStep.key}:${formGeneration}`}
          questionnaire={questionnaire}
          step={questionStep}
          answers={current.answers}
          onAnswer={answer}
          onNext={next}
          onBack={step > 0 ? back : undefined}
          onReturnToReview={returnToReview ? backToReview : undefined}
          serverErrors={serverErrors}
          disabled={!hydrated}
        />
      ) : (
        <ReviewStep
          questionnaire={questionnaire}
          answers={current.answers}
          onChange={change}
          onBack={back}
          onSubmit={(draft) => void send(draft)}
          submit={submit}
          invite={activeInvite}
          shareDraft={current.shareDraft}
          onShareDraftChange={saveShareDraft}
          shareErrors={shareErrors}
        />
      )}

      {savesHere ? (
        <p className="mt-6 flex items-start gap-2 text-sm leading-relaxed text-slate-600">
          <Icon name="check" className="mt-0.5 size-4 shrink-0 text-brand-700" />
          {t("notes.savedHere")}
        </p>
      ) : null}
    </div>
  );
}

/** Above the first step of an invited attempt: who invited the person, and that sharing waits for their say. */
function InviteNote({ invite }: { invite: QuizInvite }) {
  const t = useTranslations("quiz.notes");
  const names = { counsellor: invite.counsellorName, cohort: invite.cohortName };
  return (
    <p className="mb-6 flex items-start gap-2.5 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm leading-relaxed text-slate-800">
      <Icon name="people" className="mt-px size-5 shrink-0 text-brand-700" />
      <span>{invite.invitesOpen ? t("inviteOpen", names) : t("inviteClosed", names)}</span>
    </p>
  );
}
