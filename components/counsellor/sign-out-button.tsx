"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";

export type SignOutButtonProps = {
  className?: string;
};

/** Ends the session, forgets every cached answer from the API, and goes to the sign-in page. */
export function SignOutButton({ className }: SignOutButtonProps) {
  const router = useRouter();
  const t = useTranslations("counsellor.nav");
  const queryClient = useQueryClient();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");

  async function signOut() {
    if (state === "busy") return;
    setState("busy");
    let reached = true;
    try {
      const { error } = await authClient.signOut();
      // Any answer from the server (even "no session") means there is no session to keep.
      reached = !error || (error.status > 0 && error.status < 500);
    } catch {
      reached = false;
    }
    if (!reached) {
      setState("failed");
      return;
    }
    // The next person on this browser must not see this counsellor's cached results.
    queryClient.clear();
    router.push("/counsellor/sign-in");
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={signOut}
        aria-disabled={state === "busy" || undefined}
        className={[
          "inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-500 bg-white px-4 text-sm font-semibold text-slate-900 transition-colors hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800 aria-disabled:cursor-progress aria-disabled:opacity-70",
          className,
        ]
          .filter(Boolean)
          .join(" ")}
      >
        {state === "busy" ? t("signingOut") : t("signOut")}
      </button>
      <p role="status" className="text-sm font-medium text-red-800 empty:hidden">
        {state === "failed" ? t("signOutFailed") : ""}
      </p>
    </div>
  );
}
