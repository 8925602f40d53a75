"use client";

import { useLocale, useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { CounsellorApiError } from "@/lib/counsellor/api-client";
import { Link } from "@/lib/i18n/navigation";
import type { PageWords } from "@/lib/i18n/page-words";

export type ProblemSubject = "result" | "note";

export type ProblemWords = PageWords<"counsellor.problem">;

/** Whether a failed request failed because the session ended. */
export function isSignedOut(error: unknown): boolean {
  return error instanceof CounsellorApiError && error.signedOut;
}

/**
 * What a failed request's answer said. The API words its messages in English: an English page
 * shows them as they are, a page in another language what they come to in its own words
 * (no connection, or something that went wrong).
 */
export function apiMessage(error: unknown, t: ProblemWords, locale: string): string {
  if (locale === "en") return (error instanceof Error && error.message) || t("fallback");
  return error instanceof CounsellorApiError && error.status === 0 ? t("offline") : t("fallback");
}

/** A failed request in words a counsellor can act on. */
export function problemMessage(error: unknown, subject: ProblemSubject, t: ProblemWords, locale: string): string {
  if (!(error instanceof CounsellorApiError)) return t("fallback");
  if (error.signedOut) return t("signedOut");
  if (error.status === 404) return t(subject === "result" ? "goneResult" : "goneNote");
  return apiMessage(error, t, locale);
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
  const t = useTranslations("counsellor.problem");
  const locale = useLocale();
  const signInHref = `/counsellor/sign-in?next=${encodeURIComponent(`/counsellor/results/${shareId}`)}`;
  return (
    <div
      id={id}
      role="alert"
      className="flex items-start gap-2.5 rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm leading-relaxed text-red-900"
    >
      <Icon name="alertCircle" className="mt-px size-5 shrink-0 text-red-700" />
      <div className="min-w-0">
        <p>{problemMessage(error, subject, t, locale)}</p>
        {isSignedOut(error) ? (
          <p className="mt-1">
            {t.rich("signInAgain", {
              link: (chunks) => (
                <Link
                  href={signInHref}
                  target="_blank"
                  rel="noopener"
                  className="font-semibold text-red-900 underline decoration-red-400 underline-offset-4 hover:decoration-red-900"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
