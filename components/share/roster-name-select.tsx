import { useTranslations } from "next-intl";
import type { Ref, SelectHTMLAttributes } from "react";
import { Icon } from "@/components/ui/icon";
import { issueReader } from "@/lib/counsellor/issue-text";
import joinEn from "@/lib/i18n/messages/en/join.json" with { type: "json" };
import type { RosterName } from "@/lib/quiz/invite";

export type RosterNameSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className" | "children"> & {
  id: string;
  names: RosterName[];
  /** Whose list it is, for the hint. */
  who: string;
  error?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
};

const readJoinIssue = issueReader(joinEn.issues);

/**
 * "Pick your name": the cohort roster's names, and "My name is not on the list" (the empty value,
 * so a student who is missing can still share). Optional: the counsellor can match them later.
 */
export function RosterNameSelect({ id, names, who, error, ref, ...select }: RosterNameSelectProps) {
  const t = useTranslations("join.pick");
  const tIssue = useTranslations("join.issues");
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block leading-snug font-semibold text-slate-900">
        {t("label")} <span className="font-normal text-slate-600">{t("optional")}</span>
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm leading-relaxed text-slate-600">
        {t("hint", { who })}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 flex items-start gap-1.5 text-sm font-semibold text-red-700">
          <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
          <span className="sr-only">{t("error")}</span>
          {/* The API's refusal ("This name is not on this cohort's list…") comes in English: shown in the page's language. */}
          <span>{readJoinIssue(error, tIssue)}</span>
        </p>
      ) : null}
      <select
        ref={ref}
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-2 block min-h-12 w-full min-w-0 rounded-xl border border-slate-500 bg-white px-3.5 py-2.5 text-base text-slate-900 transition-colors hover:border-slate-700 disabled:cursor-not-allowed disabled:bg-slate-100 aria-invalid:border-red-700"
        {...select}
      >
        <option value="">{t("notOnList")}</option>
        {names.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
    </div>
  );
}
