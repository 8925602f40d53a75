"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { authClient } from "@/lib/auth/client";
import { AUTH_LIMITS } from "@/lib/auth/limits";
import { signUpSchema, type SignUpInput } from "@/lib/validations/counsellor-auth";
import { counsellorReturnPath } from "@/lib/validations/redirect";
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

export type SignUpFormProps = {
  /** A path on this site to open once the account is made. */
  next: string;
};

const min = String(AUTH_LIMITS.minPasswordLength);

export function SignUpForm({ next }: SignUpFormProps) {
  const router = useRouter();
  const { t, issue } = useAuthWords();
  const [phase, setPhase] = useState<"idle" | "sending" | "opening">("idle");
  const [problem, setProblem] = useState<ReactNode>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SignUpInput>({ resolver: zodResolver(signUpSchema), defaultValues: { name: "", email: "", password: "" } });
  const busy = phase !== "idle";
  const signInHref = authPageHref("sign-in", next);

  const notCreated = (
    <p>
      {t.rich("signUp.notCreated", {
        link: (chunks) => (
          <Link href={signInHref} className="font-semibold text-red-900 underline underline-offset-4">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );

  /** Shows a failure where it belongs: on the field it is about, or above the form. */
  function show(failure: AuthFailure) {
    switch (failure.kind) {
      case "breached-password":
        setError("password", { message: t("problems.breached") }, { shouldFocus: true });
        return;
      case "password-rule":
        setError("password", { message: t("signUp.passwordRuleBroken", { min }) }, { shouldFocus: true });
        return;
      case "invalid-email":
        setError("email", { message: t("issues.emailInvalid") }, { shouldFocus: true });
        return;
      case "rate-limited":
        setProblem(rateLimitMessage(t, failure.retryAfter));
        return;
      case "network":
        setProblem(t("problems.network"));
        return;
      case "server":
        setProblem(t("problems.server"));
        return;
      case "rejected":
        setProblem(notCreated);
        return;
    }
  }

  async function signUp(values: SignUpInput) {
    setPhase("sending");
    setProblem(null);
    const signUpFailure = await callAuth((fetchOptions) => authClient.signUp.email({ ...values, fetchOptions }));
    // Sign-up answers the same for a new email and a taken one; signing in tells them apart
    // for this person only, because it needs the account's password.
    const failure =
      signUpFailure ??
      (await callAuth((fetchOptions) =>
        authClient.signIn.email({ email: values.email, password: values.password, fetchOptions }),
      ));
    if (failure) {
      setPhase("idle");
      show(failure);
      return;
    }
    setPhase("opening");
    router.push(counsellorReturnPath(next));
    router.refresh();
  }

  const onSubmit = busy ? (event: FormEvent) => event.preventDefault() : handleSubmit(signUp);
  const busyLabel = phase === "opening" ? t("signUp.opening") : t("signUp.sending");

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert>{problem}</FormAlert>
      <AuthField
        label={t("signUp.name")}
        hint={t("signUp.nameHint")}
        autoComplete="name"
        error={issue(errors.name?.message)}
        registration={register("name")}
      />
      <AuthField
        label={t("signUp.email")}
        hint={t("signUp.emailHint")}
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        error={issue(errors.email?.message)}
        registration={register("email")}
      />
      <PasswordField
        label={t("signUp.password")}
        hint={t("signUp.passwordHint", { rule: t("signUp.passwordRule", { min }) })}
        autoComplete="new-password"
        error={issue(errors.password?.message)}
        registration={register("password")}
      />
      {/* aria-disabled, not disabled: focus stays on the button while the request is out. */}
      <button type="submit" aria-disabled={busy || undefined} className={submitButtonClass}>
        {busy ? busyLabel : t("signUp.submit")}
      </button>
      <p aria-live="polite" className="sr-only">
        {busy ? busyLabel : ""}
      </p>
      <p className="text-base leading-relaxed text-slate-700">
        {t("signUp.haveAccount")}{" "}
        <Link href={signInHref} className={inlineLinkClass}>
          {t("signUp.signIn")}
        </Link>
      </p>
    </form>
  );
}
