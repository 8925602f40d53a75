import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, Ref } from "react";
import { Icon } from "@/components/ui/icon";
import { ConsentCheckbox, TextField } from "./share-fields";

type Binding = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & { ref?: Ref<HTMLInputElement> };

export type GuardianFieldsProps = {
  /** Prefix for the inputs' ids, so two forms on one page cannot clash. */
  idPrefix: string;
  /** Who the result would be shared with, for the guardian's sentence. */
  who: string;
  bindUnder18: Binding;
  bindGuardianName: Binding;
  bindGuardianConsent: Binding;
  errors?: { guardianName?: string | undefined; guardianConsent?: string | undefined };
};

/**
 * "I am under 18" and, once ticked, a parent's or guardian's name and tick on this device (India's
 * DPDP Act 2023). Shown by CSS alone, so it works the same in the report's stand-in form before
 * its code has loaded; hidden fields are out of the accessibility tree and the tab order.
 */
export function GuardianFields({ idPrefix, who, bindUnder18, bindGuardianName, bindGuardianConsent, errors = {} }: GuardianFieldsProps) {
  const t = useTranslations("share.guardian");
  return (
    <div className="space-y-4 [&:has([data-under18]:checked)>[data-guardian]]:block">
      <label
        htmlFor={`${idPrefix}-under18`}
        className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl px-1 leading-relaxed font-semibold text-slate-900"
      >
        <input
          id={`${idPrefix}-under18`}
          type="checkbox"
          data-under18=""
          className="size-5 shrink-0 cursor-pointer accent-brand-600"
          {...bindUnder18}
        />
        {t("under18")}
      </label>
      <div data-guardian="" className="hidden rounded-xl border border-amber-300 bg-amber-50 p-4">
        <p className="flex items-start gap-2 font-semibold text-slate-900">
          <Icon name="info" className="mt-0.5 size-5 shrink-0 text-amber-800" />
          {t("heading")}
        </p>
        <p className="mt-1.5 text-sm leading-relaxed text-pretty text-slate-800">{t("why")}</p>
        <div className="mt-4 space-y-4">
          <TextField
            id={`${idPrefix}-guardian-name`}
            label={t("name")}
            autoComplete="off"
            maxLength={80}
            error={errors.guardianName}
            {...bindGuardianName}
          />
          <ConsentCheckbox id={`${idPrefix}-guardian-consent`} error={errors.guardianConsent} {...bindGuardianConsent}>
            {t("consent", { who })}
          </ConsentCheckbox>
        </div>
      </div>
    </div>
  );
}
