"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Link } from "@/lib/i18n/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { Icon } from "@/components/ui/icon";
import type { CohortJson } from "@/lib/counsellor/api-client";
import { useCohorts, useCreateCohort } from "@/lib/counsellor/hooks/use-cohorts";
import { cohortArchiveWords } from "@/lib/cohorts/archive-words";
import { CohortsArchivedCard } from "./cohorts-archived-card";
import { CohortsCard } from "./cohorts-card";
import {
  FieldError,
  InlineAlert,
  SIGN_IN_AGAIN_HREF,
  cohortNameFormSchema,
  fieldInputClass,
  primaryButtonClass,
  saveProblem,
  type CohortNameForm,
} from "./cohorts-fields";

function CreateCohortForm() {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const create = useCreateCohort();
  const [problem, setProblem] = useState<ReactNode>(null);
  const [created, setCreated] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<CohortNameForm>({ resolver: zodResolver(cohortNameFormSchema), defaultValues: { name: "" } });

  async function submit({ name }: CohortNameForm) {
    setProblem(null);
    setCreated(null);
    try {
      const cohort = await create.mutateAsync(name);
      reset({ name: "" });
      setCreated(cohort.name);
    } catch (error) {
      const found = saveProblem(error);
      if (found.field) setError("name", { message: found.field }, { shouldFocus: true });
      else setProblem(found.form);
    }
  }

  const busy = create.isPending;
  const error = errors.name?.message;

  return (
    <section aria-labelledby="create-cohort-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="create-cohort-heading" className="text-lg font-bold tracking-tight text-slate-900">
        Create a cohort
      </h2>
      <form noValidate onSubmit={busy ? (event) => event.preventDefault() : handleSubmit(submit)} className="mt-4">
        <label htmlFor={inputId} className="block text-base font-semibold text-slate-900">
          Cohort name
        </label>
        <p id={hintId} className="mt-1 text-sm leading-relaxed text-slate-600">
          One per batch or class, for example &ldquo;B.Sc Microbiology 2026, Pune&rdquo;. Students see this name before they
          share.
        </p>
        {error ? <FieldError id={errorId}>{error}</FieldError> : null}
        <div className="mt-2 flex flex-col gap-3 sm:flex-row">
          <input
            id={inputId}
            {...register("name")}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
            className={fieldInputClass}
          />
          <button type="submit" aria-disabled={busy || undefined} className={primaryButtonClass}>
            {busy ? "Creating…" : "Create cohort"}
          </button>
        </div>
        <InlineAlert>{problem}</InlineAlert>
        <p role="status" className="empty:hidden">
          {created ? (
            <span className="mt-3 flex items-start gap-2 text-sm font-medium text-brand-800">
              <Icon name="check" className="mt-0.5 size-4.5 shrink-0" />
              <span>
                &ldquo;{created}&rdquo; is ready. Share its link or read out its code; it is at the top of your list.
              </span>
            </span>
          ) : null}
        </p>
      </form>
    </section>
  );
}

const steps = [
  {
    icon: "link",
    title: "Invite your students",
    body: "Each cohort has an invite link to send by WhatsApp or email, and a short code you can read out in class.",
  },
  {
    icon: "unlock",
    title: "They choose to share",
    body: "Before anything is shared, a student sees exactly what you will see, enters the name you know them by, and agrees. Without that, nothing reaches you.",
  },
  {
    icon: "people",
    title: "Results arrive, sorted by cohort",
    body: "A student can withdraw their result at any time, and it leaves your view at once. You can pause a cohort's invites whenever you like.",
  },
] as const;

function HowInvitesWork() {
  return (
    <ol className="mt-5 grid gap-4 md:grid-cols-3">
      {steps.map((step, index) => (
        <li key={step.title} className="rounded-xl border border-slate-200 bg-white p-4">
          <p className="flex items-center gap-2 font-semibold text-slate-900">
            <span className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-800">
              {index + 1}
            </span>
            {step.title}
          </p>
          <p className="mt-2 text-sm leading-relaxed text-slate-700">{step.body}</p>
        </li>
      ))}
    </ol>
  );
}

export type CohortsManagerProps = {
  /** The cohorts as the server rendered them, so the page needs no second request. */
  initialCohorts: CohortJson[];
};

/** Create cohorts, and for each one: its code and link, the results it holds, a rename and an on/off for invites. */
export function CohortsManager({ initialCohorts }: CohortsManagerProps) {
  const { data: all = initialCohorts, error } = useCohorts(initialCohorts);
  const signedOut = error && "signedOut" in error && error.signedOut;
  const cohorts = all.filter((cohort) => cohort.archivedAt === null);
  const archived = all.filter((cohort) => cohort.archivedAt !== null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  // The card that was archived, restored or deleted has moved or gone: focus lands on what happened.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const onDone = (message: string) => setDone(message);

  return (
    <div className="space-y-10">
      {signedOut ? (
        <InlineAlert>
          Your session has ended.{" "}
          <Link href={SIGN_IN_AGAIN_HREF} className="font-semibold underline underline-offset-4">
            Sign in again
          </Link>{" "}
          to keep managing your cohorts.
        </InlineAlert>
      ) : null}

      <CreateCohortForm />

      <section aria-labelledby="cohort-list-heading">
        <h2 id="cohort-list-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          Your cohorts
          {cohorts.length > 0 ? (
            <>
              {" "}
              <span className="font-semibold text-slate-600">({cohorts.length})</span>
            </>
          ) : null}
        </h2>
        <p ref={doneRef} tabIndex={-1} role="status" className="empty:hidden">
          {done ? (
            <span className="mt-3 flex items-start gap-2 text-sm font-medium text-brand-800">
              <Icon name="check" className="mt-0.5 size-4.5 shrink-0" />
              <span>{done}</span>
            </span>
          ) : null}
        </p>
        {cohorts.length === 0 ? (
          <div className="mt-4 rounded-2xl border border-dashed border-slate-300 bg-slate-50 p-5 sm:p-6">
            <h3 className="text-lg font-semibold text-slate-900">{archived.length ? cohortArchiveWords.noActive : "No cohorts yet"}</h3>
            <p className="mt-1 max-w-[65ch] leading-relaxed text-slate-700">
              Create one above for each batch or class you guide. Here is how sharing works:
            </p>
            <HowInvitesWork />
          </div>
        ) : (
          <>
            <p className="mt-2 max-w-[70ch] leading-relaxed text-slate-700">
              Students see exactly what is shared and agree before anything reaches you, and they can withdraw at any time.
            </p>
            <ul className="mt-5 space-y-6">
              {cohorts.map((cohort) => (
                <CohortsCard key={cohort.id} cohort={cohort} onDone={onDone} />
              ))}
            </ul>
          </>
        )}
      </section>

      {archived.length > 0 ? (
        <section aria-labelledby="archived-cohorts-heading">
          <h2 id="archived-cohorts-heading" className="text-2xl font-bold tracking-tight text-slate-900">
            {cohortArchiveWords.archivedHeading} <span className="font-semibold text-slate-600">({archived.length})</span>
          </h2>
          <p className="mt-2 max-w-[70ch] leading-relaxed text-slate-700">{cohortArchiveWords.archivedIntro}</p>
          <ul className="mt-5 space-y-4">
            {archived.map((cohort) => (
              <CohortsArchivedCard key={cohort.id} cohort={cohort} onDone={onDone} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
