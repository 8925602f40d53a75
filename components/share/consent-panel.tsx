"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { QuizInvite, ShareDraft } from "@/lib/quiz/invite";
import { Icon } from "@/components/ui/icon";
import { GuardianFields } from "./guardian-fields";
import { RosterNameSelect } from "./roster-name-select";
import { ConsentCheckbox, TextField } from "./share-fields";
import { SharedItems } from "./shared-items";
import { PrivacyLink } from "@/components/privacy/privacy-link";

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
  const { register, formState, control } = useFormContext<ShareDraft>();
  const consent = useWatch({ control, name: "consent" });
  const { errors } = formState;
  const who = invite.counsellorName;

  if (!invite.invitesOpen) {
    return (
      <section aria-labelledby="consent-heading" className="rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-6">
        <h3 id="consent-heading" className="flex items-start gap-2.5 text-lg font-semibold text-amber-900">
          <Icon name="info" className="mt-0.5 size-5 shrink-0 text-amber-800" />
          Your result will not be shared
        </h3>
        <p className="mt-2 leading-relaxed text-pretty text-slate-800">
          {who} is not taking new results for &ldquo;{invite.cohortName}&rdquo; right now, so nothing will be shared. You
          can still see your report. If {who} opens the cohort again, you can share it from your report with their cohort
          code.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="consent-heading" className="rounded-2xl border border-brand-200 bg-white p-5 sm:p-6">
      <h3 id="consent-heading" className="flex items-start gap-2.5 text-xl font-semibold tracking-tight text-slate-900">
        <Icon name="people" className="mt-0.5 size-6 shrink-0 text-brand-700" />
        Share with your counsellor
      </h3>
      <p className="mt-2 leading-relaxed text-pretty text-slate-700">
        {who} invited you to share your result with &ldquo;{invite.cohortName}&rdquo;. It is your choice: if you do not
        tick the box below, nothing is shared and your report stays yours alone.
      </p>

      <div className="mt-4 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
        <p className="font-semibold text-slate-900">If you agree, {who} will see:</p>
        <SharedItems className="mt-2" />
      </div>

      <fieldset disabled={busy} className="mt-5 min-w-0 space-y-5">
        <legend className="sr-only">Your details for {who}</legend>
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
          label={`The name ${who} knows you by`}
          hint="Needed only if you choose to share. For example, the name on your class list."
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
          hint={`Add it only if you would like ${who} to be able to write to you.`}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          error={errors.email?.message}
          {...register("email")}
        />
        <ConsentCheckbox id="share-consent" error={errors.consent?.message} {...register("consent")}>
          I agree to share my name, my email if I gave it, my answers and my full report with {who} for &ldquo;
          {invite.cohortName}&rdquo;.
        </ConsentCheckbox>
        <PrivacyLink className="-mt-3" />
        <GuardianFields
          idPrefix="share"
          who={who}
          bindUnder18={register("under18")}
          bindGuardianName={register("guardianName")}
          bindGuardianConsent={register("guardianConsent")}
          errors={{ guardianName: errors.guardianName?.message, guardianConsent: errors.guardianConsent?.message }}
        />
      </fieldset>

      <p className="mt-4 flex items-start gap-2 text-sm leading-relaxed text-slate-700">
        <Icon name="check" className="mt-0.5 size-4 shrink-0 text-brand-700" />
        <span>
          {consent
            ? `You can stop sharing at any time from your report page. That removes your result and ${who}'s notes about it from their view at once.`
            : "Nothing is shared unless you tick the box. You can also share later from your report."}
        </span>
      </p>
    </section>
  );
}
