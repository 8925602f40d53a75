"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { CounsellorApiError } from "@/lib/counsellor/api-client";
import { useCohortsIssue } from "./cohorts-fields";

/**
 * Turns a failed roster change into messages by field (the server's issue paths) or for the whole
 * form, in the page's language where the message is a known issue.
 */
export function useRosterProblem(cohortId: string) {
  const t = useTranslations("cohorts.roster");
  const issue = useCohortsIssue();
  return function rosterProblem(error: unknown): { fields: Record<string, string>; form: ReactNode } {
    if (error instanceof CounsellorApiError) {
      if (error.signedOut) {
        const href = `/counsellor/sign-in?next=${encodeURIComponent(`/counsellor/cohorts/${cohortId}`)}`;
        return {
          fields: {},
          form: (
            <>
              {t("signedOut")}{" "}
              <Link href={href} className="font-semibold underline underline-offset-4">
                {t("signIn")}
              </Link>
            </>
          ),
        };
      }
      const fields: Record<string, string> = {};
      for (const found of error.issues) {
        // Several lines can be wrong at once: keep each line's message.
        const message = issue(found.message);
        fields[found.path] = fields[found.path] ? `${fields[found.path]}\n${message}` : message;
      }
      return { fields, form: Object.keys(fields).length > 0 ? null : issue(error.message) };
    }
    return { fields: {}, form: t("failed") };
  };
}

export const smallButtonClass =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 hover:text-brand-800 aria-disabled:cursor-progress aria-disabled:opacity-70";

export const selectClass =
  "block min-h-12 w-full min-w-0 rounded-xl border border-slate-500 bg-white px-3.5 py-2.5 text-base text-slate-900 aria-invalid:border-red-700";
