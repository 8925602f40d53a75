"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { authClient } from "@/lib/auth/client";
import { PASSWORD_RULE, signUpSchema, type SignUpInput } from "@/lib/validations/counsellor-auth";
import { counsellorReturnPath } from "@/lib/validations/redirect";
import {
  AuthField,
  FormAlert,
  PasswordField,
  authPageHref,
  callAuth,
  inlineLinkClass,
  networkMessage,
  rateLimitMessage,
  serverMessage,
  submitButtonClass,
  type AuthFailure,
} from "./auth-form";

export type SignUpFormProps = {
  /** A path on this site to open once the account is made. */
  next: string;
};

const busyLabel = { sending: "Creating your account…", opening: "Opening your workspace…" } as const;

export function SignUpForm({ next }: SignUpFormProps) {
  const router = useRouter();
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
      We couldn&apos;t create an account with these details. If you already have an account with this email,{" "}
      <Link href={signInHref} className="font-semibold text-red-900 underline underline-offset-4">
        sign in
      </Link>{" "}
      instead.
    </p>
  );

  /** Shows a failure where it belongs: on the field it is about, or above the form. */
  function show(failure: AuthFailure) {
    switch (failure.kind) {
      case "breached-password":
        setError("password", { message: failure.message }, { shouldFocus: true });
        return;
      case "password-rule":
        setError("password", { message: `Use a password of ${PASSWORD_RULE.toLowerCase()}` }, { shouldFocus: true });
        return;
      case "invalid-email":
        setError("email", { message: "Enter an email address such as name@college.edu.in." }, { shouldFocus: true });
        return;
      case "rate-limited":
        setProblem(rateLimitMessage(failure.retryAfter));
        return;
      case "network":
        setProblem(networkMessage);
        return;
      case "server":
        setProblem(serverMessage);
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

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert>{problem}</FormAlert>
      <AuthField
        label="Your name"
        hint="Students see this name when they choose to share a result with you."
        autoComplete="name"
        error={errors.name?.message}
        registration={register("name")}
      />
      <AuthField
        label="Work email"
        hint="You will sign in with it."
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.email?.message}
        registration={register("email")}
      />
      <PasswordField
        label="Password"
        hint={`${PASSWORD_RULE} We check it, safely, against passwords leaked in data breaches elsewhere, so choose one you don't use anywhere else.`}
        autoComplete="new-password"
        error={errors.password?.message}
        registration={register("password")}
      />
      {/* aria-disabled, not disabled: focus stays on the button while the request is out. */}
      <button type="submit" aria-disabled={busy || undefined} className={submitButtonClass}>
        {busy ? busyLabel[phase] : "Create account"}
      </button>
      <p aria-live="polite" className="sr-only">
        {busy ? busyLabel[phase] : ""}
      </p>
      <p className="text-base leading-relaxed text-slate-700">
        Already have an account?{" "}
        <Link href={signInHref} className={inlineLinkClass}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
