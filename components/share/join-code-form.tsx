"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/quiz/button";
import { Icon } from "@/components/ui/icon";
import { issueReader } from "@/lib/counsellor/issue-text";
import joinEn from "@/lib/i18n/messages/en/join.json" with { type: "json" };
import { cohortCodeFormSchema, type CohortCodeFormValues } from "@/lib/quiz/cohort-code-form";
import { formatCohortCode, lookUpInvite } from "@/lib/quiz/invite";
import { FormAlert, TextField } from "./share-fields";

type Status =
  | { kind: "idle" }
  | { kind: "looking" }
  | { kind: "opening" }
  | { kind: "closed"; counsellorName: string; cohortName: string }
  | { kind: "failed" };

const readJoinIssue = issueReader(joinEn.issues);

/** /join: one field for the cohort code; a known, open code goes on to that cohort's invitation page. */
export function JoinCodeForm() {
  const router = useRouter();
  const t = useTranslations("join.form");
  const tIssue = useTranslations("join.issues");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const busy = status.kind === "looking" || status.kind === "opening";
  const pending = useRef(false);
  const { register, handleSubmit, setError, setFocus, formState } = useForm<CohortCodeFormValues>({
    resolver: zodResolver(cohortCodeFormSchema),
    defaultValues: { code: "" },
  });

  const onValid = async ({ code }: CohortCodeFormValues) => {
    if (pending.current) return;
    pending.current = true;
    setStatus({ kind: "looking" });
    const found = await lookUpInvite(formatCohortCode(code) ?? code);
    if (found.kind === "found" && found.invite.invitesOpen) {
      setStatus({ kind: "opening" });
      router.push(`/join/${encodeURIComponent(found.invite.token)}`);
      return; // Stay busy: the page is about to change.
    }
    pending.current = false;
    if (found.kind === "found") {
      setStatus({ kind: "closed", counsellorName: found.invite.counsellorName, cohortName: found.invite.cohortName });
      return;
    }
    if (found.kind === "not-found") {
      setStatus({ kind: "idle" });
      setError("code", { type: "server", message: t("notFound") });
      setFocus("code");
      return;
    }
    setStatus({ kind: "failed" });
  };

  const field = register("code", {
    // A new code makes an earlier "closed" or "could not check" message out of date.
    onChange: () => setStatus((current) => (current.kind === "closed" || current.kind === "failed" ? { kind: "idle" } : current)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void handleSubmit(onValid)(event);
  };

  return (
    <form
      noValidate
      onSubmit={submit}
      className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7"
    >
      <TextField
        id="cohort-code"
        label={t("label")}
        hint={t("hint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        error={formState.errors.code?.message ? readJoinIssue(formState.errors.code.message, tIssue) : undefined}
        {...field}
      />

      <div role="alert" className="empty:hidden">
        {status.kind === "closed" ? (
          <div className="mt-5 rounded-xl border border-amber-300 bg-amber-50 p-4 leading-relaxed text-slate-800">
            <p className="flex items-start gap-2.5 font-semibold text-amber-900">
              <Icon name="info" className="mt-0.5 size-5 shrink-0 text-amber-800" />
              <span>{t("closed", { counsellor: status.counsellorName, cohort: status.cohortName })}</span>
            </p>
            <p className="mt-1.5 pl-7.5">
              {t.rich("closedAlternative", {
                link: (chunks) => (
                  <Link href="/assessment" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
        ) : status.kind === "failed" ? (
          <div className="mt-5">
            <FormAlert>{t("failed")}</FormAlert>
          </div>
        ) : null}
      </div>

      <p aria-live="polite" className="sr-only">
        {status.kind === "looking" ? t("checkingStatus") : status.kind === "opening" ? t("openingStatus") : ""}
      </p>

      <Button type="submit" aria-disabled={busy || undefined} className="mt-6 w-full sm:w-auto sm:px-8">
        {status.kind === "looking" ? t("checking") : status.kind === "opening" ? t("opening") : t("continue")}
        {busy ? null : <Icon name="arrowRight" />}
      </Button>
    </form>
  );
}
