"use client";

import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, type FormEvent } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { answeredMarket, itemInMarket } from "@/lib/profiles/market";
import type { Questionnaire } from "@/lib/profiles/questionnaire-schema";
import type { Answers } from "@/lib/scoring/answers";
import { consentFormSchema, type QuizInvite, type ShareDraft } from "@/lib/quiz/invite";
import { answerLabel } from "@/lib/quiz/labels";
import { ConsentPanel } from "@/components/share/consent-panel";
import { Button } from "./button";
import { Icon } from "@/components/ui/icon";
import { StepHeading } from "./step-heading";

export type SubmitState =
  | { status: "idle" }
  | { status: "saving" }
  /** Offline: the answers wait on this device (or in this tab) and go out by themselves. */
  | { status: "waiting"; onDevice: boolean }
  /** The connection is back and the waiting answers are on their way. */
  | { status: "resuming" }
  | { status: "opening" }
  | { status: "failed"; message: string };

export type ReviewStepProps = {
  questionnaire: Questionnaire;
  answers: Answers;
  onChange: (itemId: string) => void;
  onBack: () => void;
  /** Called with the consent panel's checked values, or null when there is nothing to share. */
  onSubmit: (share: ShareDraft | null) => void;
  submit: SubmitState;
  /** The counsellor's invite the quiz was opened with, if any. */
  invite?: QuizInvite | null;
  /** The consent panel as last saved (restored after a refresh). */
  shareDraft?: ShareDraft | undefined;
  /** Every change to the consent panel, so it can be saved with the answers. */
  onShareDraftChange?: (draft: ShareDraft) => void;
  /** Problems the server found with the sharing details, by field. */
  shareErrors?: Partial<Record<keyof ShareDraft, string>> | null;
};

type BusyStatus = "saving" | "waiting" | "resuming" | "opening";
const shareFields = ["displayName", "email", "consent", "guardianName", "guardianConsent", "rosterEntryId"] as const;
const noDraft: ShareDraft = { displayName: "", email: "", consent: false };

/** Every answer in words, a way back to each one, the consent panel for an invite, and the submit button. */
export function ReviewStep({
  questionnaire,
  answers,
  onChange,
  onBack,
  onSubmit,
  submit,
  invite = null,
  shareDraft,
  onShareDraftChange,
  shareErrors,
}: ReviewStepProps) {
  const t = useTranslations("quiz");
  const offlineWords = useTranslations("offline.submit");
  const busy = submit.status !== "idle" && submit.status !== "failed";
  const saving = t("review.saving");
  const busyLabel: Record<BusyStatus, string> = { saving, waiting: offlineWords("button"), resuming: saving, opening: t("review.opening") };
  /** What the polite live region says; the waiting note is a status region of its own. */
  const busyAnnouncement: Record<BusyStatus, string> = { ...busyLabel, waiting: "", resuming: offlineWords("sending") };
  const sharing = invite?.invitesOpen === true;
  const hasRoster = Boolean(invite?.roster?.length);
  const form = useForm<ShareDraft>({
    resolver: standardSchemaResolver(consentFormSchema),
    // The name picked on the invite page comes preselected until the person picks another.
    defaultValues: hasRoster
      ? { ...(shareDraft ?? noDraft), rosterEntryId: shareDraft?.rosterEntryId ?? invite?.rosterEntryId ?? "" }
      : (shareDraft ?? noDraft),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { handleSubmit, setError, setFocus, subscribe, control } = form;
  const consent = useWatch({ control, name: "consent" });
  const displayName = useWatch({ control, name: "displayName" });

  // Saved on every keystroke and tick, so a refresh keeps what was typed.
  const saveDraft = useEffectEvent((values: ShareDraft) =>
    onShareDraftChange?.({
      displayName: values.displayName ?? "",
      email: values.email ?? "",
      consent: values.consent === true,
      ...(values.under18 === true
        ? { under18: true, guardianName: values.guardianName ?? "", guardianConsent: values.guardianConsent === true }
        : {}),
      // Kept only where there is a roster to pick from ("" is "My name is not on the list").
      ...(hasRoster ? { rosterEntryId: values.rosterEntryId ?? "" } : {}),
    }),
  );
  useEffect(
    () => subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(values) }),
    [subscribe],
  );

  // Problems the server found go beside their fields; the first one gets focus.
  useEffect(() => {
    if (!shareErrors) return;
    const fields = shareFields.filter((field) => shareErrors[field]);
    for (const field of fields) setError(field, { type: "server", message: shareErrors[field] });
    if (fields[0]) setFocus(fields[0]);
  }, [shareErrors, setError, setFocus]);

  const send = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    if (!sharing) {
      event.preventDefault();
      onSubmit(null);
      return;
    }
    void handleSubmit((values) => onSubmit(values))(event);
  };

  const market = answeredMarket(questionnaire, answers);
  const sharesNow = sharing && consent;
  const idleLabel = submit.status === "failed" ? t("review.tryAgain") : sharesNow ? t("review.shareAndSee") : t("review.see");

  return (
    <section aria-labelledby="step-heading-review">
      <StepHeading id="step-heading-review">{t("review.title")}</StepHeading>
      <p className="mt-2 max-w-[65ch] leading-relaxed text-slate-700">{t("review.intro")}</p>

      <div className="mt-6 space-y-8">
        {questionnaire.sections.map((section) => (
          <section key={section.id} aria-labelledby={`review-${section.id}`}>
            <h3 id={`review-${section.id}`} className="text-lg font-semibold text-slate-900">
              {section.title}
            </h3>
            <dl className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
              {section.items.map((asked) => {
                // As the person saw it: code set names follow the market they chose.
                const item = itemInMarket(asked, market);
                const label = answerLabel(item, answers[item.id], questionnaire.agreementScale, t);
                return (
                  <div key={item.id} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 py-3">
                    <dt className="text-sm leading-snug text-slate-600">{item.prompt}</dt>
                    <dd className="col-start-1 leading-snug font-medium text-slate-900">
                      {label ?? <span className="font-semibold text-red-700">{t("review.notAnswered")}</span>}
                    </dd>
                    <dd className="col-start-2 row-span-2 row-start-1 -mr-2 self-center">
                      <Button
                        variant="link"
                        onClick={() => onChange(item.id)}
                        disabled={busy}
                        aria-label={t("review.changeLabel", { prompt: item.prompt })}
                      >
                        {t("review.change")}
                      </Button>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </div>

      <FormProvider {...form}>
        <form noValidate onSubmit={send} className="mt-8 space-y-6">
          {invite ? <ConsentPanel invite={invite} busy={busy} /> : null}

          <div className="rounded-2xl border border-slate-200 bg-slate-50 p-5 sm:p-6">
            <p className="leading-relaxed text-slate-700">{t("review.sentOnce")}</p>
            {sharing ? (
              <p className="mt-3 flex items-start gap-2.5 leading-relaxed font-medium text-slate-900">
                <Icon name={sharesNow ? "people" : "info"} className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>
                  {sharesNow
                    ? t("review.sharesWith", { counsellor: invite.counsellorName, cohort: invite.cohortName })
                    : displayName.trim()
                      ? t("review.notTicked")
                      : t("review.notSharedUnless")}
                </span>
              </p>
            ) : null}

            <div role="alert" className="empty:hidden">
              {submit.status === "failed" ? (
                <div className="mt-4 rounded-xl border border-red-300 bg-white p-4">
                  <p className="flex items-start gap-2.5 leading-relaxed text-red-800">
                    <Icon name="alertCircle" className="mt-0.5 size-5 shrink-0" />
                    <span>{submit.message}</span>
                  </p>
                </div>
              ) : null}
            </div>

            <div role="status" className="empty:hidden">
              {submit.status === "waiting" ? (
                <div className="mt-4 rounded-xl border border-brand-200 bg-white p-4">
                  <p className="flex items-start gap-2.5 leading-relaxed text-slate-800">
                    <Icon name="offline" className="mt-0.5 size-5 shrink-0 text-brand-700" />
                    <span>
                      <strong className="block font-semibold text-slate-900">{offlineWords("title")}</strong>
                      {submit.onDevice ? offlineWords("body") : offlineWords("bodyTabOnly")}
                    </span>
                  </p>
                </div>
              ) : null}
            </div>

            <p aria-live="polite" className="mt-4 text-sm font-medium text-slate-700 empty:hidden">
              {busy ? busyAnnouncement[submit.status] : ""}
            </p>

            <div className="mt-5 flex flex-col-reverse gap-3 sm:flex-row sm:items-center">
              <Button variant="secondary" onClick={onBack} disabled={busy} className="sm:px-6">
                <Icon name="arrowLeft" />
                {t("review.back")}
              </Button>
              {/* aria-disabled, not disabled: focus stays on the button while the answers are sent. */}
              <Button type="submit" aria-disabled={busy || undefined} className="sm:ml-auto sm:px-8">
                {busy ? busyLabel[submit.status] : idleLabel}
                {busy ? null : <Icon name="arrowRight" />}
              </Button>
            </div>
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
