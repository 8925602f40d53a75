"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type InputHTMLAttributes, type ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Icon } from "@/components/ui/icon";
import { issueReader } from "@/lib/counsellor/issue-text";
import type { PageWords } from "@/lib/i18n/page-words";
import authEn from "@/lib/i18n/messages/en/auth.json" with { type: "json" };

/**
 * What the sign-up and sign-in forms share: the fields, the alert, and one reading of Better
 * Auth's answers into a few cases a person can act on. No case says whether an email has an
 * account.
 */

export type AuthFailure =
  | { kind: "rate-limited"; retryAfter: number | null }
  | { kind: "breached-password" }
  | { kind: "password-rule" }
  | { kind: "invalid-email" }
  | { kind: "rejected" }
  | { kind: "network" }
  | { kind: "server" };

/** The error Better Auth's client returns: the JSON body plus the status. */
export interface AuthClientError {
  status: number;
  statusText?: string;
  code?: string;
  message?: string;
}

export interface AuthFetchOptions {
  onError: (context: { response: Response }) => void;
}

type AuthCall = (fetchOptions: AuthFetchOptions) => Promise<{ error: AuthClientError | null }>;

function readRetryAfter(response: Response): number | null {
  const seconds = Number(response.headers.get("X-Retry-After") ?? response.headers.get("Retry-After"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}

export function classifyAuthError(error: AuthClientError, retryAfter: number | null = null): AuthFailure {
  const code = error.code ?? "";
  if (error.status === 429) return { kind: "rate-limited", retryAfter };
  if (code === "PASSWORD_COMPROMISED") return { kind: "breached-password" };
  if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return { kind: "password-rule" };
  if (code === "INVALID_EMAIL" || (code === "VALIDATION_ERROR" && /email/i.test(error.message ?? ""))) {
    return { kind: "invalid-email" };
  }
  // A wrong password, an unknown email and an existing account all land here, on purpose alike.
  if (error.status === 401 || code.startsWith("USER_ALREADY_EXISTS") || code === "INVALID_EMAIL_OR_PASSWORD") {
    return { kind: "rejected" };
  }
  // better-fetch reports a request that never got an answer with status 0 or "Fetch Error".
  if (error.status === 0 || error.statusText === "Fetch Error") return { kind: "network" };
  return { kind: "server" };
}

/** Runs one Better Auth call; null when it succeeded. A fetch that throws is a network failure. */
export async function callAuth(send: AuthCall): Promise<AuthFailure | null> {
  let retryAfter: number | null = null;
  try {
    const { error } = await send({
      onError: ({ response }) => {
        retryAfter = readRetryAfter(response);
      },
    });
    return error ? classifyAuthError(error, retryAfter) : null;
  } catch {
    return { kind: "network" };
  }
}

/** "a minute", "42 seconds", "3 minutes": how long to wait, in the translator's language. */
export function formatWait(t: PageWords<"auth">, seconds: number | null): string {
  if (!seconds) return t("wait.aMinute");
  if (seconds < 60) return seconds === 1 ? t("wait.oneSecond") : t("wait.seconds", { seconds: String(seconds) });
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? t("wait.aMinute") : t("wait.minutes", { minutes: String(minutes) });
}

/** What the sign-in and sign-up forms say for the failures they word alike. */
export function rateLimitMessage(t: PageWords<"auth">, retryAfter: number | null): string {
  return t("problems.rateLimited", { wait: formatWait(t, retryAfter) });
}

const readAuthIssue = issueReader(authEn.issues);

/**
 * The forms' translator, and a reader for the schemas' messages (lib/validations/counsellor-auth.ts,
 * in English there) that gives them in the page's language.
 */
export function useAuthWords() {
  const t = useTranslations("auth");
  const tIssue = useTranslations("auth.issues");
  const issue = (message: string | undefined) => (message ? readAuthIssue(message, tIssue) : undefined);
  return { t, issue };
}

/** The other page's address, carrying `next` along when it is not the default. */
export function authPageHref(page: "sign-in" | "sign-up", next: string): string {
  const base = `/counsellor/${page}`;
  return next === "/counsellor" ? base : `${base}?next=${encodeURIComponent(next)}`;
}

const inputClass =
  "block w-full min-w-0 rounded-xl border border-slate-500 bg-white px-4 py-3 text-base text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-700 aria-invalid:shadow-[inset_0_0_0_1px_var(--color-red-700)] disabled:bg-slate-50";

export type AuthFieldProps = {
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "onChange" | "onBlur" | "ref">;

function FieldMessages({ hintId, hint, errorId, error }: { hintId: string; hint?: ReactNode; errorId: string; error?: string }) {
  const t = useTranslations("auth.field");
  return (
    <>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm leading-relaxed text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-2 flex items-start gap-1.5 text-sm font-semibold text-red-700">
          <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
          <span className="sr-only">{t("error")}</span>
          <span>{error}</span>
        </p>
      ) : null}
    </>
  );
}

function describedBy(hint: unknown, hintId: string, error: unknown, errorId: string): string | undefined {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

export function AuthField({ label, hint, error, registration, ...inputProps }: AuthFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-slate-900">
        {label}
      </label>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
      <input
        id={id}
        {...inputProps}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, hintId, error, errorId)}
        className={`mt-2 ${inputClass}`}
      />
    </div>
  );
}

export type PasswordFieldProps = Omit<AuthFieldProps, "type">;

/** A password input with a Show/Hide button, so a long password can be checked before sending. */
export function PasswordField({ label, hint, error, registration, ...inputProps }: PasswordFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [visible, setVisible] = useState(false);
  const t = useTranslations("auth.field");
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-slate-900">
        {label}
      </label>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
      <div className="relative mt-2">
        <input
          id={id}
          {...inputProps}
          {...registration}
          type={visible ? "text" : "password"}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint, hintId, error, errorId)}
          className={`${inputClass} pr-24`}
        />
        <button
          type="button"
          onClick={() => setVisible((shown) => !shown)}
          aria-controls={id}
          aria-label={visible ? t("hidePassword") : t("showPassword")}
          className="absolute inset-y-1 right-1 inline-flex min-w-11 items-center justify-center rounded-lg px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50 hover:text-brand-800"
        >
          {visible ? t("hide") : t("show")}
        </button>
      </div>
    </div>
  );
}

/** A problem with the whole form (not one field), announced when it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="empty:hidden">
      {children ? (
        <div className="rounded-xl border border-red-300 bg-red-50 p-4">
          <div className="flex items-start gap-2.5 leading-relaxed text-red-900">
            <Icon name="alertCircle" className="mt-0.5 size-5 shrink-0 text-red-700" />
            <div className="min-w-0">{children}</div>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export const submitButtonClass =
  "inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-xl bg-brand-600 px-6 py-3 text-center text-base font-semibold leading-tight text-white transition-colors hover:bg-brand-700 active:bg-brand-800 aria-disabled:cursor-progress aria-disabled:bg-slate-600 aria-disabled:hover:bg-slate-600";

export const inlineLinkClass =
  "font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700";
