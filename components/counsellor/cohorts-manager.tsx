"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { Icon, type IconName } from "@/components/ui/icon";
import type { CohortJson } from "@/lib/counsellor/api-client";
import { useCohorts, useCreateCohort } from "@/lib/counsellor/hooks/use-cohorts";
import { CohortsArchivedCard } from "./cohorts-archived-card";
import { CohortsCard } from "./cohorts-card";
import {
  FieldError,
  InlineAlert,
  SIGN_IN_AGAIN_HREF,
  cohortNameFormSchema,
  fieldInputClass,
  primaryButtonClass,
  useCohortsIssue,
  useSaveProblem,
  type CohortNameForm,
} from "./cohorts-fields";

function CreateCohortForm() {
  const t = useTranslations("cohorts.create");
  const saveProblem = useSaveProblem();
  const issue = useCohortsIssue();
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
  const error = errors.name?.message ? issue(errors.name.message) : undefined;

  return (
    <section aria-labelledby="create-cohort-heading" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id="create-cohort-heading" className="text-lg font-bold tracking-tight text-slate-900">
        {t("heading")}
      </h2>
      <form noValidate onSubmit={busy ? (event) => event.preventDefault() : handleSubmit(submit)} className="mt-4">
        <label htmlFor={inputId} className="block text-base font-semibold text-slate-900">
          {t("label")}
        </label>
        <p id={hintId} className="mt-1 text-sm leading-relaxed text-slate-600">
          {t("hint")}
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
            {busy ? t("creating") : t("submit")}
          </button>
        </div>
        <InlineAlert>{problem}</InlineAlert>
        <p role="status" className="empty:hidden">
          {created ? (
            <span className="mt-3 flex items-start gap-2 text-sm font-medium text-brand-800">
              <Icon name="check" className="mt-0.5 size-4.5 shrink-0" />
              <span>{t("created", { name: created })}</span>
            </span>
          ) : null}
        </p>
      </form>
    </section>
  );
}

const steps: { icon: IconName; step: "invite" | "choose" | "arrive" }[] = [
  { icon: "link", step: "invite" },
  { icon: "unlock", step: "choose" },
  { icon: "people", step: "arrive" },
];

function HowInvitesWork() {
  const t = useTranslations("cohorts.steps");
  return (
    <ol className="mt-5 grid gap-4 md:grid-cols-3">
      {steps.map((step, index) => (
        <li key={step.step} className="rounded-xl border border-slate-200 bg-white p-4">
          <p className="flex items-center gap-2 font-semibold text-slate-900">
            <span className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-800">
              {index + 1}
            </span>
            {t(`${step.step}Title`)}
          </p>
          <p className="mt-2 text-sm leading-relaxed text-slate-700">{t(`${step.step}Body`)}</p>
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
  const t = useTranslations("cohorts.list");
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
          {t.rich("signedOut", {
            link: (chunks) => (
              <Link href={SIGN_IN_AGAIN_HREF} className="font-semibold underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </InlineAlert>
      ) : null}

      <CreateCohortForm />

      <section aria-labelledby="cohort-list-heading">
        <h2 id="cohort-list-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("heading")}
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
            <h3 className="text-lg font-semibold text-slate-900">{archived.length ? t("noActive") : t("noCohorts")}</h3>
            <p className="mt-1 max-w-[65ch] leading-relaxed text-slate-700">{t("emptyText")}</p>
            <HowInvitesWork />
          </div>
        ) : (
          <>
            <p className="mt-2 max-w-[70ch] leading-relaxed text-slate-700">{t("lead")}</p>
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
            {t("archivedHeading")} <span className="font-semibold text-slate-600">({archived.length})</span>
          </h2>
          <p className="mt-2 max-w-[70ch] leading-relaxed text-slate-700">{t("archivedIntro")}</p>
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
