import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { Icon } from "@/components/ui/icon";

/** Ids for a field's hint and error, so aria-describedby names exactly what is on screen. */
function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldError({ id, message }: { id: string; message: string }) {
  const t = useTranslations("share.fields");
  return (
    <p id={`${id}-error`} className="mt-1.5 flex items-start gap-1.5 text-sm font-semibold text-red-700">
      <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
      <span className="sr-only">{t("error")}</span>
      <span>{message}</span>
    </p>
  );
}

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Adds "(optional)" to the label. */
  optional?: boolean;
  ref?: Ref<HTMLInputElement>;
};

const inputClass =
  "mt-2 block w-full min-w-0 rounded-xl border border-slate-500 bg-white px-3.5 py-2.5 text-base text-slate-900 transition-colors hover:border-slate-700 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 aria-invalid:border-red-700 aria-invalid:shadow-[inset_0_0_0_1px_var(--color-red-700)]";

/** A labelled text input with an optional hint, and its error between the label and the box. */
export function TextField({ id, label, hint, error, optional = false, ref, ...input }: TextFieldProps) {
  const t = useTranslations("share.fields");
  return (
    <div>
      <label htmlFor={id} className="block leading-snug font-semibold text-slate-900">
        {label}
        {optional ? (
          <>
            {" "}
            <span className="font-normal text-slate-600">{t("optional")}</span>
          </>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm leading-relaxed text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={id} message={error} /> : null}
      <input
        ref={ref}
        id={id}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        aria-invalid={error ? true : undefined}
        className={inputClass}
        {...input}
      />
    </div>
  );
}

export type ConsentCheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "type"> & {
  id: string;
  children: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** The consent tick: a native checkbox in a large, clearly bordered target; its sentence is the label. */
export function ConsentCheckbox({ id, children, error, ref, ...input }: ConsentCheckboxProps) {
  return (
    <div>
      {error ? <FieldError id={id} message={error} /> : null}
      <label
        htmlFor={id}
        className={[
          "mt-2 flex cursor-pointer items-start gap-3 rounded-xl border bg-white px-4 py-3.5 leading-relaxed text-slate-800 transition-colors hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:shadow-[inset_0_0_0_1px_var(--color-brand-600)] has-[:disabled]:cursor-not-allowed",
          error ? "border-red-700" : "border-slate-400",
        ].join(" ")}
      >
        <input
          ref={ref}
          id={id}
          type="checkbox"
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600 disabled:cursor-not-allowed"
          {...input}
        />
        <span className="min-w-0">{children}</span>
      </label>
    </div>
  );
}

/** A problem with the whole form (not one field), announced when it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p className="flex items-start gap-2.5 rounded-xl border border-red-300 bg-red-50 px-4 py-3 leading-relaxed text-red-900">
      <Icon name="alertCircle" className="mt-0.5 size-5 shrink-0 text-red-700" />
      <span>{children}</span>
    </p>
  );
}
