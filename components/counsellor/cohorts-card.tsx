"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { Icon } from "@/components/ui/icon";
import type { CohortJson } from "@/lib/counsellor/api-client";
import { useUpdateCohort } from "@/lib/counsellor/hooks/use-cohorts";
import { cohortInvitePath, cohortWhatsAppLink, inviteLinkIn } from "@/lib/counsellor/invite";
import { CohortsActions } from "./cohorts-actions";
import { CohortsCopyButton } from "./cohorts-copy-button";
import {
  FieldError,
  InlineAlert,
  cohortNameFormSchema,
  fieldInputClass,
  primaryButtonClass,
  secondaryButtonClass,
  useCohortsIssue,
  useSaveProblem,
  type CohortNameForm,
} from "./cohorts-fields";

const shortDateOptions: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };

/** "6 Dec 2026" on an English page, "6 दिस॰ 2026" on a Hindi one. */
export function useShortDate() {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-GB", shortDateOptions);
  return (iso: string) => format.format(new Date(iso));
}

const linkClass =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700";

type RenameFormProps = {
  cohort: CohortJson;
  onDone: (renamed: boolean) => void;
};

function RenameForm({ cohort, onDone }: RenameFormProps) {
  const t = useTranslations("cohorts.card");
  const saveProblem = useSaveProblem();
  const issue = useCohortsIssue();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const update = useUpdateCohort();
  const [problem, setProblem] = useState<ReactNode>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<CohortNameForm>({ resolver: zodResolver(cohortNameFormSchema), defaultValues: { name: cohort.name } });

  useEffect(() => {
    setFocus("name", { shouldSelect: true });
  }, [setFocus]);

  async function save({ name }: CohortNameForm) {
    setProblem(null);
    if (name === cohort.name) {
      onDone(false);
      return;
    }
    try {
      await update.mutateAsync({ id: cohort.id, name });
      onDone(true);
    } catch (error) {
      const found = saveProblem(error);
      if (found.field) setError("name", { message: found.field }, { shouldFocus: true });
      else setProblem(found.form);
    }
  }

  const busy = update.isPending;
  const error = errors.name?.message ? issue(errors.name.message) : undefined;

  return (
    <form
      noValidate
      onSubmit={busy ? (event) => event.preventDefault() : handleSubmit(save)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !busy) {
          event.preventDefault();
          onDone(false);
        }
      }}
    >
      <label htmlFor={inputId} className="block text-base font-semibold text-slate-900">
        {t("newName")}
      </label>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input
          id={inputId}
          {...register("name")}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={fieldInputClass}
        />
        <div className="flex gap-2">
          <button type="submit" aria-disabled={busy || undefined} className={`${primaryButtonClass} flex-1`}>
            {busy ? t("saving") : t("save")}
          </button>
          <button
            type="button"
            onClick={() => onDone(false)}
            aria-disabled={busy || undefined}
            className={`${secondaryButtonClass} flex-1`}
          >
            {t("cancel")}
          </button>
        </div>
      </div>
      <InlineAlert>{problem}</InlineAlert>
    </form>
  );
}

type InvitesSwitchProps = {
  cohort: CohortJson;
};

/** "Accepting new results": a real switch, with its state in words beside it, not only in colour. */
function InvitesSwitch({ cohort }: InvitesSwitchProps) {
  const t = useTranslations("cohorts.invites");
  const saveProblem = useSaveProblem();
  const labelId = useId();
  const stateId = `${labelId}-state`;
  const update = useUpdateCohort();
  const [problem, setProblem] = useState<ReactNode>(null);
  // While the change is on its way, show where it is going.
  const open = update.isPending && update.variables?.invitesOpen !== undefined ? update.variables.invitesOpen : cohort.invitesOpen;

  async function toggle() {
    if (update.isPending) return;
    setProblem(null);
    try {
      await update.mutateAsync({ id: cohort.id, invitesOpen: !cohort.invitesOpen });
    } catch (error) {
      setProblem(saveProblem(error).form ?? t("failed"));
    }
  }

  return (
    <div>
      <div className="flex items-start gap-3">
        <button
          type="button"
          role="switch"
          aria-checked={open}
          aria-labelledby={labelId}
          aria-describedby={stateId}
          aria-disabled={update.isPending || undefined}
          onClick={toggle}
          className={[
            "relative mt-0.5 inline-flex h-8 w-14 shrink-0 items-center rounded-full border-2 transition-colors aria-disabled:cursor-progress",
            open ? "border-brand-600 bg-brand-600" : "border-slate-500 bg-slate-200",
          ].join(" ")}
        >
          <span
            aria-hidden="true"
            className={[
              "inline-block size-6 rounded-full bg-white shadow-sm ring-1 ring-slate-400 transition-transform motion-reduce:transition-none",
              open ? "translate-x-6.5" : "translate-x-0.5",
            ].join(" ")}
          />
        </button>
        <div className="min-w-0">
          <p id={labelId} className="font-semibold text-slate-900">
            {t("label")}
          </p>
          <p id={stateId} className="mt-0.5 text-sm leading-relaxed text-slate-700">
            {open
              ? t.rich("on", { strong: (chunks) => <strong className="font-semibold text-brand-800">{chunks}</strong> })
              : t.rich("off", { strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong> })}
          </p>
        </div>
      </div>
      <InlineAlert>{problem}</InlineAlert>
    </div>
  );
}

export type CohortsCardProps = {
  cohort: CohortJson;
  /** Archiving or deleting takes the card away: the list says what happened. */
  onDone: (message: string) => void;
};

/** One cohort: its name (renamable), how many results it holds, its code and link, and whether it takes new results. */
export function CohortsCard({ cohort, onDone }: CohortsCardProps) {
  const t = useTranslations("cohorts");
  const locale = useLocale();
  const shortDate = useShortDate();
  // The link carries the page's language, so students open the invite in it (/hi/join/…).
  const inviteUrl = inviteLinkIn(cohort.inviteUrl, locale);
  const forCohort = t("card.forCohort", { name: cohort.name });
  const linkFieldId = useId();
  const [renaming, setRenaming] = useState(false);
  const [renamed, setRenamed] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!renaming && returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [renaming]);

  useEffect(() => {
    if (!renamed) return;
    const timer = window.setTimeout(() => setRenamed(false), 5000);
    return () => window.clearTimeout(timer);
  }, [renamed]);

  return (
    <li className="rounded-2xl border border-slate-200 bg-white">
      <div className="p-5 sm:p-6">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <h3 className="min-w-0 text-xl leading-snug font-bold tracking-tight break-words text-slate-900">{cohort.name}</h3>
          {renaming ? null : (
            <button
              ref={renameButton}
              type="button"
              onClick={() => {
                setRenamed(false);
                setRenaming(true);
              }}
              className="-mx-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 hover:text-brand-800"
            >
              <Icon name="pencil" className="size-4.5 shrink-0" />
              {t("card.rename")} <span className="sr-only">{cohort.name}</span>
            </button>
          )}
        </div>
        {renaming ? (
          <div className="mt-3 rounded-xl border border-slate-200 bg-slate-50 p-4">
            <RenameForm
              cohort={cohort}
              onDone={(didRename) => {
                returnFocus.current = true;
                setRenamed(didRename);
                setRenaming(false);
              }}
            />
          </div>
        ) : null}
        <p role="status" className="text-sm font-medium text-brand-800 empty:hidden">
          {renamed ? t("card.renamed") : ""}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-0 text-sm text-slate-600">
          <span>{t("card.created", { date: shortDate(cohort.createdAt) })}</span>
          <span className="font-semibold text-slate-900">{t("card.resultCount", { count: cohort.resultCount })}</span>
          <Link href={`/counsellor?cohort=${encodeURIComponent(cohort.id)}`} className={linkClass}>
            {t("card.seeResults")} <span className="sr-only">{t("card.seeResultsOf", { name: cohort.name })}</span>
            <Icon name="arrowRight" className="size-4 shrink-0" />
          </Link>
          <Link href={`/counsellor/cohorts/${encodeURIComponent(cohort.id)}`} className={linkClass}>
            <Icon name="list" className="size-4 shrink-0" />
            {t("roster.open")} <span className="sr-only">{forCohort}</span>
          </Link>
        </div>
      </div>

      <div className="grid gap-6 border-t border-slate-200 p-5 sm:p-6 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] md:gap-8">
        <div className="min-w-0">
          <h4 className="text-sm font-semibold text-slate-900">{t("card.codeHeading")}</h4>
          <p className="mt-2 font-mono text-[2rem] leading-none font-bold tracking-[0.18em] text-slate-900 sm:text-4xl">
            {cohort.code}
          </p>
          <p className="mt-3 text-sm leading-relaxed text-slate-600">{t("card.codeHint")}</p>
        </div>
        <div className="min-w-0">
          <h4 className="text-sm font-semibold text-slate-900">{t("card.linkHeading")}</h4>
          {/* Text, not an input, so the whole link shows (wrapped) however narrow the screen. */}
          <p
            id={linkFieldId}
            className="mt-2 rounded-xl border border-slate-300 bg-slate-50 px-3 py-2.5 font-mono text-sm leading-relaxed break-all text-slate-900 select-all"
          >
            {inviteUrl}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
            <CohortsCopyButton
              text={inviteUrl}
              label={t("card.copyLink")}
              srSuffix={forCohort}
              doneMessage={t("card.copyDone")}
              fieldId={linkFieldId}
            />
            {/* The two links wrap together, so neither is left alone on a line. */}
            <div className="flex flex-wrap items-center gap-x-5">
              <Link href={cohortInvitePath(cohort.id)} className={linkClass}>
                <Icon name="qrCode" className="size-5 shrink-0" />
                <span>
                  {t("card.showQr")} <span className="sr-only">{forCohort}</span>
                </span>
              </Link>
              {/* A paused cohort's link does not work yet: no message that would send it. */}
              {cohort.invitesOpen ? (
                <a
                  href={cohortWhatsAppLink(t, cohort.name, inviteUrl)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={linkClass}
                >
                  <Icon name="chat" className="size-5 shrink-0" />
                  <span>
                    {t("card.shareWhatsApp")}{" "}
                    <span className="sr-only">
                      {forCohort} {t("card.whatsAppNewTab")}
                    </span>
                  </span>
                </a>
              ) : null}
            </div>
          </div>
          <p className="mt-3 text-sm leading-relaxed text-slate-600">{t("card.linkHint")}</p>
        </div>
      </div>

      <div className="border-t border-slate-200 bg-slate-50 p-5 rounded-b-2xl sm:p-6">
        <InvitesSwitch cohort={cohort} />
        <div className="mt-5 border-t border-slate-200 pt-5">
          <CohortsActions cohort={cohort} onDone={onDone} />
        </div>
      </div>
    </li>
  );
}
