"use client";

import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { CounsellorApiError } from "@/lib/counsellor/api-client";
import { rosterWords } from "@/lib/roster/words";

/** Turns a failed roster change into messages by field (the server's issue paths) or for the whole form. */
export function rosterProblem(error: unknown, cohortId: string): { fields: Record<string, string>; form: ReactNode } {
  if (error instanceof CounsellorApiError) {
    if (error.signedOut) {
      const href = `/counsellor/sign-in?next=${encodeURIComponent(`/counsellor/cohorts/${cohortId}`)}`;
      return {
        fields: {},
        form: (
          <>
            {rosterWords.signedOut}{" "}
            <Link href={href} className="font-semibold underline underline-offset-4">
              Sign in
            </Link>
          </>
        ),
      };
    }
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      // Several lines can be wrong at once: keep each line's message.
      fields[issue.path] = fields[issue.path] ? `${fields[issue.path]}\n${issue.message}` : issue.message;
    }
    return { fields, form: Object.keys(fields).length > 0 ? null : error.message };
  }
  return { fields: {}, form: rosterWords.failed };
}

export const smallButtonClass =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 hover:text-brand-800 aria-disabled:cursor-progress aria-disabled:opacity-70";

export const selectClass =
  "block min-h-12 w-full min-w-0 rounded-xl border border-slate-500 bg-white px-3.5 py-2.5 text-base text-slate-900 aria-invalid:border-red-700";
