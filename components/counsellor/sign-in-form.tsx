"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { authClient } from "@/lib/auth/client";
import { signInSchema, type SignInInput } from "@/lib/validations/counsellor-auth";
import { counsellorReturnPath } from "@/lib/validations/redirect";
import type { PageWords } from "@/lib/i18n/page-words";
import {
  AuthField,
  FormAlert,
  PasswordField,
  authPageHref,
  callAuth,
  inlineLinkClass,
  rateLimitMessage,
  submitButtonClass,
  useAuthWords,
  type AuthFailure,
} from "./auth-form";

export type SignInFormProps = {
  /** A path on this site to open after signing in. */
  next: string;
};

function failureMessage(t: PageWords<"auth">, failure: AuthFailure): string {
  switch (failure.kind) {
    case "rate-limited":
      return rateLimitMessage(t, failure.retryAfter);
    case "network":
      return t("problems.network");
    case "server":
      return t("problems.server");
    default:
      return t("signIn.noMatch");
  }
}

export function SignInForm({ next }: SignInFormProps) {
  const router = useRouter();
  const { t, issue } = useAuthWords();
  const [phase, setPhase] = useState<"idle" | "sending" | "opening">("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const busy = phase !== "idle";

  async function signIn(values: SignInInput) {
    setPhase("sending");
    setProblem(null);
    const failure = await callAuth((fetchOptions) => authClient.signIn.email({ ...values, fetchOptions }));
    if (failure) {
      setPhase("idle");
      setProblem(failureMessage(t, failure));
      return;
    }
    setPhase("opening");
    router.push(counsellorReturnPath(next));
    router.refresh();
  }

  const onSubmit = busy ? (event: FormEvent) => event.preventDefault() : handleSubmit(signIn);
  const busyLabel = phase === "opening" ? t("signIn.opening") : t("signIn.sending");

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert>{problem}</FormAlert>
      <AuthField
        label={t("signIn.email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        error={issue(errors.email?.message)}
        registration={register("email")}
      />
      <PasswordField
        label={t("signIn.password")}
        autoComplete="current-password"
        error={issue(errors.password?.message)}
        registration={register("password")}
      />
      {/* aria-disabled, not disabled: focus stays on the button while the request is out. */}
      <button type="submit" aria-disabled={busy || undefined} className={submitButtonClass}>
        {busy ? busyLabel : t("signIn.submit")}
      </button>
      <p aria-live="polite" className="sr-only">
        {busy ? busyLabel : ""}
      </p>
      <p className="text-base leading-relaxed text-slate-700">
        {t("signIn.newHere")}{" "}
        <Link href={authPageHref("sign-up", next)} className={inlineLinkClass}>
          {t("signIn.createAccount")}
        </Link>
      </p>
    </form>
  );
}
