"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import type { QuizInvite, ShareDraft } from "@/lib/quiz/invite";
import { Icon } from "@/components/ui/icon";
import { GuardianFields } from "./guardian-fields";
import { RosterNameSelect } from "./roster-name-select";
import { ConsentCheckbox, TextField } from "./share-fields";
import { SharedItems } from "./shared-items";
import { PrivacyLink } from "@/components/privacy/privacy-link";
import { shareIssue } from "@/lib/share/issues";

export type ConsentPanelProps = {
  invite: QuizInvite;
  /** True while the answers are being sent. */
  busy: boolean;
};

/**
 * "Share with your counsellor" on the review step, inside the review step's form. Sharing is a
 * choice: with the box unticked nothing is shared and the name is not needed.
 */
export function ConsentPanel({ invite, busy }: ConsentPanelProps) {
  const t = useTranslations("share");
  const { register, formState, control } = useFormContext<ShareDraft>();
  const consent = useWatch({ control, name: "consent" });
  const { errors } = formState;
  const who = invite.counsellorName;

  if (!invite.invitesOpen) {
    return (
      <section aria-labelledby="consent-heading" className="rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-6">
        <h3 id="consent-heading" className="flex items-start gap-2.5 text-lg font-semibold text-amber-900">
          <Icon name="info" className="mt-0.5 size-5 shrink-0 text-amber-800" />
          {t("consent.closedHeading")}
        </h3>
        <p className="mt-2 leading-relaxed text-pretty text-slate-800">{t("consent.closedText", { who, cohort: invite.cohortName })}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="consent-heading" className="rounded-2xl border border-brand-200 bg-white p-5 sm:p-6">
      <h3 id="consent-heading" className="flex items-start gap-2.5 text-xl font-semibold tracking-tight text-slate-900">
        <Icon name="people" className="mt-0.5 size-6 shrink-0 text-brand-700" />
        {t("consent.heading")}
      </h3>
      <p className="mt-2 leading-relaxed text-pretty text-slate-700">{t("consent.invited", { who, cohort: invite.cohortName })}</p>

      <div className="mt-4 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
        <p className="font-semibold text-slate-900">{t("consent.willSee", { who })}</p>
        <SharedItems className="mt-2" />
      </div>

      <fieldset disabled={busy} className="mt-5 min-w-0 space-y-5">
        <legend className="sr-only">{t("consent.legend", { who })}</legend>
        {invite.roster && invite.roster.length > 0 ? (
          <RosterNameSelect
            id="share-roster-entry"
            names={invite.roster}
            who={who}
            error={errors.rosterEntryId?.message}
            {...register("rosterEntryId")}
          />
        ) : null}
        <TextField
          id="share-display-name"
          label={t("consent.nameLabel", { who })}
          hint={t("consent.nameHint")}
          autoComplete="name"
          maxLength={80}
          error={shareIssue(errors.displayName?.message, t)}
          {...register("displayName")}
        />
        <TextField
          id="share-email"
          type="email"
          label={t("consent.email")}
          optional
          hint={t("consent.emailHint", { who })}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          error={shareIssue(errors.email?.message, t)}
          {...register("email")}
        />
        <ConsentCheckbox id="share-consent" error={shareIssue(errors.consent?.message, t)} {...register("consent")}>
          {t("consent.agree", { who, cohort: invite.cohortName })}
        </ConsentCheckbox>
        <PrivacyLink className="-mt-3" />
        <GuardianFields
          idPrefix="share"
          who={who}
          bindUnder18={register("under18")}
          bindGuardianName={register("guardianName")}
          bindGuardianConsent={register("guardianConsent")}
          errors={{ guardianName: shareIssue(errors.guardianName?.message, t), guardianConsent: shareIssue(errors.guardianConsent?.message, t) }}
        />
      </fieldset>

      <p className="mt-4 flex items-start gap-2 text-sm leading-relaxed text-slate-700">
        <Icon name="check" className="mt-0.5 size-4 shrink-0 text-brand-700" />
        <span>
          {consent ? t("consent.stopAnyTime", { who }) : t("consent.nothingUnless")}
        </span>
      </p>
    </section>
  );
}
