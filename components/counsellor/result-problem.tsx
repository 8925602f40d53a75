"use client";

import { Icon } from "@/components/ui/icon";
import { CounsellorApiError } from "@/lib/counsellor/api-client";

export type ProblemSubject = "result" | "note";

const goneMessages: Record<ProblemSubject, string> = {
  result: "This result is no longer shared with you: the student may have stopped sharing it. Reload the page to check.",
  note: "This note or the result it belongs to is no longer there: it may have been deleted in another window, or the student stopped sharing the result. Reload the page to see what is there now.",
};

const fallbackMessage = "Something went wrong on our side. Please try again in a moment.";

/** Whether a failed request failed because the session ended. */
export function isSignedOut(error: unknown): boolean {
  return error instanceof CounsellorApiError && error.signedOut;
}

/** A failed request in words a counsellor can act on. */
export function problemMessage(error: unknown, subject: ProblemSubject): string {
  if (!(error instanceof CounsellorApiError)) return fallbackMessage;
  if (error.signedOut) return "Your session has ended, so this was not saved.";
  if (error.status === 404) return goneMessages[subject];
  return error.message || fallbackMessage;
}

export type ResultProblemProps = {
  error: unknown;
  subject: ProblemSubject;
  /** The result's share id, so signing in again comes back to it. */
  shareId: string;
  id?: string;
};

/**
 * The alert under a control whose request failed. A 401 links to sign-in in a new tab, so what
 * was typed on this page is still here to save once the session is back.
 */
export function ResultProblem({ error, subject, shareId, id }: ResultProblemProps) {
  const signInHref = `/counsellor/sign-in?next=${encodeURIComponent(`/counsellor/results/${shareId}`)}`;
  return (
    <div
      id={id}
      role="alert"
      className="flex items-start gap-2.5 rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm leading-relaxed text-red-900"
    >
      <Icon name="alertCircle" className="mt-px size-5 shrink-0 text-red-700" />
      <div className="min-w-0">
        <p>{problemMessage(error, subject)}</p>
        {isSignedOut(error) ? (
          <p className="mt-1">
            <a
              href={signInHref}
              target="_blank"
              rel="noopener"
              className="font-semibold text-red-900 underline decoration-red-400 underline-offset-4 hover:decoration-red-900"
            >
              Sign in again (opens in a new tab)
            </a>
            , then come back and try once more. Nothing on this page is lost.
          </p>
        ) : null}
      </div>
    </div>
  );
}
