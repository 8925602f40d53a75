"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { Button } from "@/components/quiz/button";
import { Icon } from "@/components/ui/icon";
import {
  formatCohortCode,
  lookUpInvite,
  shareResultByCode,
  type FieldIssue,
  type QuizInvite,
  type ShareByCodeOutcome,
  type ShareListItem,
} from "@/lib/quiz/invite";
import { codeShareSchema } from "@/lib/validations/share";
import { ConsentCheckbox, FormAlert, TextField } from "./share-fields";

export type ShareCodeFormValues = { code: string; displayName: string; email: string; consent: boolean };

const FIELDS = ["code", "displayName", "email", "consent"] as const;
type Field = (typeof FIELDS)[number];

const empty: ShareCodeFormValues = { code: "", displayName: "", email: "", consent: false };

export type ShareFormFeedback = { fields: Partial<Record<Field, string>>; alert: string | null };

/**
 * What to show for a reply that was not a success: messages beside the fields they concern (the
 * code for an unknown or closed cohort), and a message for the whole form when none fits a field.
 */
export function shareFormFeedback(outcome: Exclude<ShareByCodeOutcome, { kind: "shared" }>): ShareFormFeedback {
  switch (outcome.kind) {
    case "not-found":
      return { fields: { code: "No cohort has this code. Check it with your counsellor and try again." }, alert: null };
    case "closed":
      return { fields: { code: outcome.message }, alert: null };
    case "invalid": {
      const fields = placeIssues(outcome.issues);
      return Object.keys(fields).length > 0
        ? { fields, alert: null }
        : { fields, alert: "Some details could not be accepted. Check them and try again." };
    }
    case "missing":
      return { fields: {}, alert: "This result no longer exists, so it cannot be shared." };
    case "failed":
      return { fields: {}, alert: "We could not share your result just now. What you typed is still here: check your connection and try again." };
  }
}

function placeIssues(issues: FieldIssue[]): Partial<Record<Field, string>> {
  const fields: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = FIELDS.find((name) => name === issue.path);
    if (field) fields[field] ??= issue.message;
  }
  return fields;
}

type Preview = { kind: "none" } | { kind: "checking" } | { kind: "found"; invite: QuizInvite } | { kind: "unknown" };

/** Looks the code up as it is typed, so the person sees whose cohort it is before agreeing. */
function useInvitePreview(code: string): Preview {
  const formatted = formatCohortCode(code);
  const [preview, setPreview] = useState<{ code: string; preview: Preview } | null>(null);

  useEffect(() => {
    if (!formatted) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      const found = await lookUpInvite(formatted, { signal: controller.signal });
      if (controller.signal.aborted) return;
      setPreview({
        code: formatted,
        preview: found.kind === "found" ? { kind: "found", invite: found.invite } : found.kind === "not-found" ? { kind: "unknown" } : { kind: "none" },
      });
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [formatted]);

  if (!formatted) return { kind: "none" };
  return preview?.code === formatted ? preview.preview : { kind: "checking" };
}

export type ShareCodeFormProps = {
  assessmentId: string;
  onShared: (share: ShareListItem) => void;
};

/** "Share with a counsellor": cohort code, name, optional email and the consent tick. */
export function ShareCodeForm({ assessmentId, onShared }: ShareCodeFormProps) {
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pending = useRef(false);
  const { register, handleSubmit, setError, setFocus, reset, control, formState } = useForm<ShareCodeFormValues>({
    // The shared schema wants `consent: true`; the form starts unticked, which is exactly what it rejects.
    resolver: zodResolver(codeShareSchema) as unknown as Resolver<ShareCodeFormValues>,
    defaultValues: empty,
  });
  const { errors } = formState;
  const code = useWatch({ control, name: "code" });
  const preview = useInvitePreview(code);
  const who = preview.kind === "found" ? preview.invite.counsellorName : null;

  const onValid = async (values: ShareCodeFormValues) => {
    if (pending.current) return;
    pending.current = true;
    setSaving(true);
    setAlert(null);
    const outcome = await shareResultByCode(assessmentId, {
      code: values.code,
      displayName: values.displayName,
      ...(values.email ? { email: values.email } : {}),
      consent: true,
    });
    pending.current = false;
    setSaving(false);
    if (outcome.kind === "shared") {
      reset(empty);
      onShared(outcome.share);
      return;
    }
    const feedback = shareFormFeedback(outcome);
    const fields = FIELDS.filter((field) => feedback.fields[field]);
    for (const field of fields) setError(field, { type: "server", message: feedback.fields[field] });
    setAlert(feedback.alert);
    if (fields[0]) setFocus(fields[0]);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (saving) {
      event.preventDefault();
      return;
    }
    void handleSubmit(onValid)(event);
  };

  return (
    <form
      noValidate
      aria-labelledby="share-form-heading"
      onSubmit={submit}
      className="mt-5 space-y-5"
    >
      <div>
        <TextField
          id="share-code"
          label="Cohort code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          error={errors.code?.message}
          {...register("code")}
        />
        <p aria-live="polite" className="mt-2 text-sm leading-relaxed text-slate-700 empty:hidden">
          {errors.code ? (
            ""
          ) : preview.kind === "checking" ? (
            "Checking the code…"
          ) : preview.kind === "found" ? (
            preview.invite.invitesOpen ? (
              <>
                This is <strong className="font-semibold text-slate-900">{preview.invite.counsellorName}</strong>&rsquo;s cohort
                &ldquo;{preview.invite.cohortName}&rdquo;.
              </>
            ) : (
              <>
                {preview.invite.counsellorName} is not taking new results for &ldquo;{preview.invite.cohortName}&rdquo; right
                now.
              </>
            )
          ) : preview.kind === "unknown" ? (
            "No cohort has this code yet. Check it with your counsellor."
          ) : (
            ""
          )}
        </p>
      </div>
      <TextField
        id="share-name"
        label={who ? `The name ${who} knows you by` : "The name your counsellor knows you by"}
        autoComplete="name"
        maxLength={80}
        error={errors.displayName?.message}
        {...register("displayName")}
      />
      <TextField
        id="share-email"
        type="email"
        label="Your email"
        optional
        hint="Add it only if you would like your counsellor to be able to write to you."
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={errors.email?.message}
        {...register("email")}
      />
      <ConsentCheckbox id="share-consent" error={errors.consent?.message} {...register("consent")}>
        I agree to share my name, my email if I gave it, my answers and this full report with {who ?? "the counsellor whose code I entered"}.
      </ConsentCheckbox>

      <div role="alert" className="empty:hidden">
        {alert ? <FormAlert>{alert}</FormAlert> : null}
      </div>

      <Button type="submit" aria-disabled={saving || undefined} className="w-full sm:w-auto sm:px-8">
        {saving ? "Sharing…" : "Share my result"}
        {saving ? null : <Icon name="people" />}
      </Button>
    </form>
  );
}
