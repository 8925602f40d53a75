"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { cohortNameSchema } from "@/lib/validations/cohort";
import { Icon } from "@/components/ui/icon";
import { CounsellorApiError } from "@/lib/counsellor/api-client";
import { issueReader } from "@/lib/counsellor/issue-text";
import cohortsEn from "@/lib/i18n/messages/en/cohorts.json" with { type: "json" };

/** Pieces the cohort forms share; the name rules are the server's own (lib/validations/cohort.ts). */
export const cohortNameFormSchema = z.object({ name: cohortNameSchema });

export type CohortNameForm = z.infer<typeof cohortNameFormSchema>;

export const fieldInputClass =
  "block w-full min-w-0 rounded-xl border border-slate-500 bg-white px-4 py-3 text-base text-slate-900 aria-invalid:border-red-700 aria-invalid:shadow-[inset_0_0_0_1px_var(--color-red-700)]";

export const primaryButtonClass =
  "inline-flex min-h-12 shrink-0 items-center justify-center gap-2 rounded-xl bg-brand-600 px-6 py-3 text-center text-base font-semibold leading-tight text-white transition-colors hover:bg-brand-700 active:bg-brand-800 aria-disabled:cursor-progress aria-disabled:bg-slate-600 aria-disabled:hover:bg-slate-600";

export const secondaryButtonClass =
  "inline-flex min-h-12 shrink-0 items-center justify-center gap-2 rounded-xl border border-slate-500 bg-white px-5 py-3 text-center text-base font-semibold leading-tight text-slate-900 transition-colors hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800 aria-disabled:cursor-progress aria-disabled:opacity-70";

export const SIGN_IN_AGAIN_HREF = `/counsellor/sign-in?next=${encodeURIComponent("/counsellor/cohorts")}`;

export interface SaveProblem {
  /** A message for the name field, when the server said it was about the name. */
  field?: string;
  /** A message for the whole form otherwise. */
  form?: ReactNode;
}

const readCohortsIssue = issueReader(cohortsEn.issues);

/**
 * The schemas' and the API's messages (English: lib/validations, lib/roster/words.ts) in the
 * page's language; a message that is no known issue's stays as it came.
 */
export function useCohortsIssue() {
  const t = useTranslations("cohorts.issues");
  return (message: string) => readCohortsIssue(message, t);
}

/** Turns a failed save into a message next to the name, or above the form with a way forward. */
export function useSaveProblem() {
  const t = useTranslations("cohorts.problems");
  const issue = useCohortsIssue();
  return function saveProblem(error: unknown): SaveProblem {
    if (error instanceof CounsellorApiError) {
      if (error.signedOut) {
        return {
          form: t.rich("signedOut", {
            link: (chunks) => (
              <Link href={SIGN_IN_AGAIN_HREF} className="font-semibold underline underline-offset-4">
                {chunks}
              </Link>
            ),
          }),
        };
      }
      const nameIssue = error.issues.find((found) => found.path === "name");
      if (nameIssue) return { field: issue(nameIssue.message) };
      if (error.status === 404) return { form: t("gone") };
      return { form: issue(error.message) };
    }
    return { form: t("failed") };
  };
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations("cohorts.problems");
  return (
    <p id={id} className="mt-2 flex items-start gap-1.5 text-sm font-semibold text-red-700">
      <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
      <span className="sr-only">{t("error")}</span>
      <span>{children}</span>
    </p>
  );
}

export function InlineAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="empty:hidden">
      {children ? (
        <p className="mt-3 flex items-start gap-2 rounded-xl border border-red-300 bg-red-50 p-3 text-sm leading-relaxed text-red-900">
          <Icon name="alertCircle" className="mt-0.5 size-4.5 shrink-0 text-red-700" />
          <span className="min-w-0">{children}</span>
        </p>
      ) : null}
    </div>
  );
}
