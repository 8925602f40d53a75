import { useTranslations } from "next-intl";
import type { FormEventHandler, InputHTMLAttributes, ReactNode, Ref } from "react";
import { Button } from "@/components/quiz/button";
import { Icon } from "@/components/ui/icon";
import { shareIssue } from "@/lib/share/issues";
import { GuardianFields } from "./guardian-fields";
import { ConsentCheckbox, FormAlert, TextField } from "./share-fields";
import { PrivacyLink } from "@/components/privacy/privacy-link";

export type ShareCodeFormValues = {
  code: string;
  displayName: string;
  email: string;
  consent: boolean;
  under18: boolean;
  guardianName: string;
  guardianConsent: boolean;
  /** The roster name picked once the code is confirmed; "" or absent for none. */
  rosterEntryId?: string;
};
export const SHARE_CODE_FIELDS = ["code", "displayName", "email", "consent", "under18", "guardianName", "guardianConsent"] as const;
/** The form's tick boxes (the rest are text). */
export const SHARE_CODE_CHECKBOXES: readonly ShareCodeField[] = ["consent", "under18", "guardianConsent"];
export type ShareCodeField = (typeof SHARE_CODE_FIELDS)[number];
export const SHARE_CODE_FIELD_IDS: Record<ShareCodeField, string> = {
  code: "share-code",
  displayName: "share-name",
  email: "share-email",
  consent: "share-consent",
  under18: "share-code-under18",
  guardianName: "share-code-guardian-name",
  guardianConsent: "share-code-guardian-consent",
};

/** What an input needs from whichever form drives it: react-hook-form's register(), or plain defaults. */
export type FieldBinding = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & { ref?: Ref<HTMLInputElement> };

export type ShareCodeFormViewProps = {
  bind: (field: ShareCodeField) => FieldBinding;
  errors?: Partial<Record<ShareCodeField, string | undefined>>;
  /** Whose cohort the code belongs to, once it has been looked up. */
  who?: string | null;
  /** The cohort the code was looked up as: shown before the consent box, so a mistyped code cannot go to a stranger. */
  sharingWith?: { counsellorName: string; cohortName: string } | null;
  /** The line under the code: the lookup's progress or answer. */
  codeNote?: ReactNode;
  /** "Pick your name", once the code is confirmed and its cohort has a roster. */
  rosterPicker?: ReactNode;
  alert?: string | null;
  saving?: boolean;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formRef?: Ref<HTMLFormElement>;
};

/**
 * The markup of "Share with a counsellor": cohort code, name, optional email and the consent
 * tick. Shared by the live form (share-code-form.tsx) and the stand-in the report renders until
 * that form's code has loaded (deferred-share-code-form.tsx), so the two look exactly alike.
 * Field errors may come in English from the schema or the API: they are shown in the page's
 * language (`share.issues`).
 */
export function ShareCodeFormView({
  bind,
  errors = {},
  who = null,
  sharingWith = null,
  codeNote = "",
  rosterPicker = null,
  alert = null,
  saving = false,
  onSubmit,
  formRef,
}: ShareCodeFormViewProps) {
  const t = useTranslations("share");
  const error = (field: ShareCodeField) => shareIssue(errors[field], t);
  return (
    <form ref={formRef} noValidate aria-labelledby="share-form-heading" onSubmit={onSubmit} className="mt-5 space-y-5">
      <div>
        <TextField
          id={SHARE_CODE_FIELD_IDS.code}
          label={t("codeForm.code")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          error={error("code")}
          {...bind("code")}
        />
        <p aria-live="polite" className="mt-2 text-sm leading-relaxed text-slate-700 empty:hidden">
          {errors.code ? "" : codeNote}
        </p>
      </div>
      <TextField
        id={SHARE_CODE_FIELD_IDS.displayName}
        label={who ? t("codeForm.nameFor", { who }) : t("codeForm.nameForCounsellor")}
        autoComplete="name"
        maxLength={80}
        error={error("displayName")}
        {...bind("displayName")}
      />
      <TextField
        id={SHARE_CODE_FIELD_IDS.email}
        type="email"
        label={t("codeForm.email")}
        optional
        hint={t("codeForm.emailHint")}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={error("email")}
        {...bind("email")}
      />
      <div aria-live="polite" id="share-code-recipient">
        {sharingWith ? (
          <p className="flex items-start gap-2.5 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 leading-relaxed text-slate-900 [overflow-wrap:anywhere]">
            <Icon name="people" className="mt-0.5 size-5 shrink-0 text-brand-700" />
            <span>{t("codeForm.sharingWith", { counsellor: sharingWith.counsellorName, cohort: sharingWith.cohortName })}</span>
          </p>
        ) : (
          <p className="text-sm leading-relaxed text-slate-700">{t("codeForm.lookUpFirst")}</p>
        )}
      </div>
      {rosterPicker}
      <ConsentCheckbox id={SHARE_CODE_FIELD_IDS.consent} error={error("consent")} {...bind("consent")}>
        {who ? t("codeForm.agree", { who }) : t("codeForm.agreeCodeEntered")}
      </ConsentCheckbox>
      <GuardianFields
        idPrefix="share-code"
        who={who ?? t("codeForm.yourCounsellor")}
        bindUnder18={bind("under18")}
        bindGuardianName={bind("guardianName")}
        bindGuardianConsent={bind("guardianConsent")}
        errors={{ guardianName: error("guardianName"), guardianConsent: error("guardianConsent") }}
      />
      <PrivacyLink className="-mt-3" />

      <div role="alert" className="empty:hidden">
        {alert ? <FormAlert>{alert}</FormAlert> : null}
      </div>

      <Button type="submit" aria-disabled={saving || undefined} className="w-full sm:w-auto sm:px-8">
        {saving ? t("codeForm.sharing") : t("codeForm.submit")}
        {saving ? null : <Icon name="people" />}
      </Button>
    </form>
  );
}
