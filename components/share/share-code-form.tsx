"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import {
  formatCohortCode,
  lookUpInvite,
  shareResultByCode,
  type FieldIssue,
  type QuizInvite,
  type ShareByCodeOutcome,
  type ShareListItem,
} from "@/lib/quiz/invite";
import type { PageWords } from "@/lib/i18n/page-words";
import { shareIssue } from "@/lib/share/issues";
import { codeShareSchema } from "@/lib/validations/share";
import { RosterNameSelect } from "./roster-name-select";
import { SHARE_CODE_FIELDS as FIELDS, ShareCodeFormView, type ShareCodeField as Field, type ShareCodeFormValues } from "./share-code-form-view";

export type { ShareCodeFormValues };

const empty: ShareCodeFormValues = {
  code: "",
  displayName: "",
  email: "",
  consent: false,
  under18: false,
  guardianName: "",
  guardianConsent: false,
  rosterEntryId: "",
};

export type ShareFormFeedback = { fields: Partial<Record<Field | "rosterEntryId", string>>; alert: string | null };

/**
 * What to show for a reply that was not a success, in the page's language (`t` is
 * `useTranslations("share")`): messages beside the fields they concern (the code for an unknown
 * or closed cohort), and a message for the whole form when none fits a field. The API's own
 * messages (a closed cohort, a field's problem) come in English and are read into the page's language.
 */
export function shareFormFeedback(outcome: Exclude<ShareByCodeOutcome, { kind: "shared" }>, t: PageWords<"share">): ShareFormFeedback {
  switch (outcome.kind) {
    case "not-found":
      return { fields: { code: t("codeForm.notFound") }, alert: null };
    case "closed":
      return { fields: { code: shareIssue(outcome.message, t) }, alert: null };
    case "invalid": {
      const fields = placeIssues(outcome.issues);
      return Object.keys(fields).length > 0 ? { fields, alert: null } : { fields, alert: t("codeForm.invalid") };
    }
    case "missing":
      return { fields: {}, alert: t("codeForm.missing") };
    case "not-owner":
      return { fields: {}, alert: t("codeForm.ownerKeyMissing") };
    case "failed":
      return { fields: {}, alert: t("codeForm.failed") };
  }
}

const PLACED = [...FIELDS, "rosterEntryId"] as const;

function placeIssues(issues: FieldIssue[]): Partial<Record<Field | "rosterEntryId", string>> {
  const fields: Partial<Record<Field | "rosterEntryId", string>> = {};
  for (const issue of issues) {
    const field = PLACED.find((name) => name === issue.path);
    if (field) fields[field] ??= issue.message;
  }
  return fields;
}

type Preview = { kind: "none" } | { kind: "checking" } | { kind: "found"; invite: QuizInvite } | { kind: "unknown" };

const previewOf = (found: Awaited<ReturnType<typeof lookUpInvite>>): Preview =>
  found.kind === "found" ? { kind: "found", invite: found.invite } : found.kind === "not-found" ? { kind: "unknown" } : { kind: "none" };

/**
 * Looks the code up as it is typed, so the person sees whose cohort it is before agreeing; the
 * setter records a look-up made on submit. The look-up route is rate limited like every invite look-up.
 */
function useInvitePreview(code: string): [Preview, (code: string, preview: Preview) => void] {
  const formatted = formatCohortCode(code);
  const [preview, setPreview] = useState<{ code: string; preview: Preview } | null>(null);
  const remember = useCallback((lookedUp: string, next: Preview) => setPreview({ code: lookedUp, preview: next }), []);

  useEffect(() => {
    if (!formatted) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      const found = await lookUpInvite(formatted, { signal: controller.signal });
      if (controller.signal.aborted) return;
      setPreview({ code: formatted, preview: previewOf(found) });
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [formatted]);

  if (!formatted) return [{ kind: "none" }, remember];
  return [preview?.code === formatted ? preview.preview : { kind: "checking" }, remember];
}

export type ShareCodeFormProps = {
  assessmentId: string;
  /** This device's owner key for the result: the API refuses to share without it. */
  ownerKey: string;
  onShared: (share: ShareListItem) => void;
  /** What was typed into the stand-in before this form's code loaded (deferred-share-code-form.tsx). */
  initialValues?: Partial<ShareCodeFormValues>;
  /** The stand-in was submitted: submit once on mount. */
  submitOnMount?: boolean;
};

/** "Share with a counsellor", live: validation with the shared schema, the code looked up as typed, and the request. */
export function ShareCodeForm({ assessmentId, ownerKey, onShared, initialValues, submitOnMount = false }: ShareCodeFormProps) {
  const t = useTranslations("share");
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pending = useRef(false);
  const { register, handleSubmit, setError, setFocus, setValue, reset, control, formState } = useForm<ShareCodeFormValues>({
    // The shared schema wants `consent: true`; the form starts unticked, which is exactly what it rejects.
    resolver: zodResolver(codeShareSchema) as unknown as Resolver<ShareCodeFormValues>,
    defaultValues: { ...empty, ...initialValues },
  });
  const { errors } = formState;
  const code = useWatch({ control, name: "code" });
  const [preview, rememberPreview] = useInvitePreview(code);
  const who = preview.kind === "found" ? preview.invite.counsellorName : null;
  const recipient = preview.kind === "found" && preview.invite.invitesOpen ? preview.invite : null;

  // A tick given for one counsellor is not consent for another: a different cohort clears it.
  const agreedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!recipient) return;
    if (agreedFor.current && agreedFor.current !== recipient.token) {
      setValue("consent", false);
      // A name from one cohort's roster is not on another's.
      setValue("rosterEntryId", "");
    }
    agreedFor.current = recipient.token;
  }, [recipient, setValue]);

  /**
   * Shares only with a cohort whose counsellor and name were on screen before the press: a code
   * that has not been looked up yet (typed fast, or sent from the stand-in) is looked up now and
   * shown, and the person presses again.
   */
  const confirmRecipient = async (typed: string): Promise<boolean> => {
    const formatted = formatCohortCode(typed);
    if (recipient && formatted && formatCohortCode(code) === formatted) return true;
    const found = await lookUpInvite(formatted ?? typed);
    if (formatted) rememberPreview(formatted, previewOf(found));
    if (found.kind === "found" && found.invite.invitesOpen) {
      setAlert(t("codeForm.checkFirst", { counsellor: found.invite.counsellorName, cohort: found.invite.cohortName }));
      return false;
    }
    const feedback = shareFormFeedback(
      found.kind === "found"
        ? { kind: "closed", message: t("codeForm.closed", { counsellor: found.invite.counsellorName, cohort: found.invite.cohortName }) }
        : found.kind === "not-found"
          ? { kind: "not-found", message: found.message }
          : { kind: "failed" },
      t,
    );
    if (feedback.fields.code) {
      setError("code", { type: "server", message: feedback.fields.code });
      setFocus("code");
    }
    setAlert(feedback.alert);
    return false;
  };

  const onValid = async (values: ShareCodeFormValues) => {
    if (pending.current) return;
    pending.current = true;
    setSaving(true);
    setAlert(null);
    if (!(await confirmRecipient(values.code))) {
      pending.current = false;
      setSaving(false);
      return;
    }
    const outcome = await shareResultByCode(assessmentId, ownerKey, {
      code: values.code,
      displayName: values.displayName,
      ...(values.email ? { email: values.email } : {}),
      consent: true,
      ...(values.under18 ? { under18: true, guardianName: values.guardianName, guardianConsent: values.guardianConsent } : {}),
      ...(values.rosterEntryId && recipient?.roster?.some((entry) => entry.id === values.rosterEntryId) ? { rosterEntryId: values.rosterEntryId } : {}),
    });
    pending.current = false;
    setSaving(false);
    if (outcome.kind === "shared") {
      reset(empty);
      onShared(outcome.share);
      return;
    }
    const feedback = shareFormFeedback(outcome, t);
    const fields = PLACED.filter((field) => feedback.fields[field]);
    for (const field of fields) setError(field, { type: "server", message: feedback.fields[field] });
    setAlert(feedback.alert);
    if (fields[0]) setFocus(fields[0]);
  };

  // Taking over from the stand-in: a submit made there goes ahead.
  const tookOver = useRef(false);
  useEffect(() => {
    if (tookOver.current) return;
    tookOver.current = true;
    if (submitOnMount) void handleSubmit(onValid)();
    // Once, on mount: later renders must not focus or submit again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (saving) {
      event.preventDefault();
      return;
    }
    void handleSubmit(onValid)(event);
  };

  const codeNote =
    preview.kind === "checking"
      ? t("codeForm.checking")
      : preview.kind === "found"
        ? // An open cohort is named in "You are sharing with …" just above the consent box.
          preview.invite.invitesOpen
          ? ""
          : t("codeForm.closed", { counsellor: preview.invite.counsellorName, cohort: preview.invite.cohortName })
        : preview.kind === "unknown"
          ? t("codeForm.unknown")
          : "";

  return (
    <ShareCodeFormView
      bind={(field) => register(field)}
      errors={{
        code: errors.code?.message,
        displayName: errors.displayName?.message,
        email: errors.email?.message,
        consent: errors.consent?.message,
        guardianName: errors.guardianName?.message,
        guardianConsent: errors.guardianConsent?.message,
      }}
      who={who}
      sharingWith={recipient}
      codeNote={codeNote}
      rosterPicker={
        recipient?.roster && recipient.roster.length > 0 ? (
          <RosterNameSelect
            id="share-code-roster-entry"
            names={recipient.roster}
            who={recipient.counsellorName}
            error={errors.rosterEntryId?.message}
            {...register("rosterEntryId")}
          />
        ) : null
      }
      alert={alert}
      saving={saving}
      onSubmit={submit}
    />
  );
}
