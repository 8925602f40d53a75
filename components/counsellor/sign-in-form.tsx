"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { authClient } from "@/lib/auth/client";
import { signInSchema, type SignInInput } from "@/lib/validations/counsellor-auth";
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

export type SignInFormProps = {
  /** A path on this site to open after signing in. */
  next: string;
};

export const NO_MATCH_MESSAGE = "That email and password don't match an account. Check both and try again.";

function failureMessage(failure: AuthFailure): string {
  switch (failure.kind) {
    case "rate-limited":
      return rateLimitMessage(failure.retryAfter);
    case "network":
      return networkMessage;
    case "server":
      return serverMessage;
    default:
      return NO_MATCH_MESSAGE;
  }
}

const busyLabel = { sending: "Signing in…", opening: "Opening your workspace…" } as const;

export function SignInForm({ next }: SignInFormProps) {
  const router = useRouter();
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
      setProblem(failureMessage(failure));
      return;
    }
    setPhase("opening");
    router.push(counsellorReturnPath(next));
    router.refresh();
  }

  const onSubmit = busy ? (event: FormEvent) => event.preventDefault() : handleSubmit(signIn);

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert>{problem}</FormAlert>
      <AuthField
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.email?.message}
        registration={register("email")}
      />
      <PasswordField
        label="Password"
        autoComplete="current-password"
        error={errors.password?.message}
        registration={register("password")}
      />
      {/* aria-disabled, not disabled: focus stays on the button while the request is out. */}
      <button type="submit" aria-disabled={busy || undefined} className={submitButtonClass}>
        {busy ? busyLabel[phase] : "Sign in"}
      </button>
      <p aria-live="polite" className="sr-only">
        {busy ? busyLabel[phase] : ""}
      </p>
      <p className="text-base leading-relaxed text-slate-700">
        New to Coder Fit?{" "}
        <Link href={authPageHref("sign-up", next)} className={inlineLinkClass}>
          Create a counsellor account
        </Link>
      </p>
    </form>
  );
}
