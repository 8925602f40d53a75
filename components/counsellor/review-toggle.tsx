"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { actionButton } from "@/components/report/action-button";
import { Icon } from "@/components/ui/icon";
import { useSetReviewed } from "@/lib/counsellor/hooks/use-review";
import { ResultProblem } from "./result-problem";
import { ResultTime } from "./result-time";

export type ReviewToggleProps = {
  shareId: string;
  /** ISO time of the mark, or null when the result is not marked. */
  initialReviewedAt: string | null;
};

const busy = "aria-disabled:cursor-progress aria-disabled:opacity-70";
const primaryButton = `inline-flex min-h-12 items-center justify-center gap-2 rounded-xl bg-brand-600 px-5 py-3 text-center text-base font-semibold leading-tight text-white transition-colors hover:bg-brand-700 active:bg-brand-800 ${busy}`;
const secondaryButton = `${actionButton} ${busy}`;

/**
 * The counsellor's "reviewed" mark. While the request is out the card already shows the new
 * state (with "Saving…"); a failure puts the old state back and says why.
 */
export function ReviewToggle({ shareId, initialReviewedAt }: ReviewToggleProps) {
  const t = useTranslations("counsellor.review");
  const headingId = useId();
  const statusId = useId();
  const [reviewedAt, setReviewedAt] = useState(initialReviewedAt);
  const [announcement, setAnnouncement] = useState("");
  const setReviewed = useSetReviewed(shareId);
  const pending = setReviewed.isPending;
  const reviewed = pending ? setReviewed.variables === true : reviewedAt !== null;

  function toggle() {
    if (pending) return;
    const next = !reviewed;
    setAnnouncement("");
    setReviewed.mutate(next, {
      onSuccess: (reply) => {
        setReviewedAt(reply.reviewedAt);
        setAnnouncement(next ? t("marked") : t("removed"));
      },
    });
  }

  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id={headingId} className="text-lg font-semibold tracking-tight text-slate-900">
        {t("heading")}
      </h2>
      <p id={statusId} className="mt-2 flex items-start gap-2.5 leading-relaxed text-slate-800">
        {reviewed ? (
          <>
            <span className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white">
              <Icon name="check" className="size-3.5" />
            </span>
            <span>
              {pending ? (
                <span className="font-semibold text-slate-900">{t("marking")}</span>
              ) : (
                t.rich("reviewedOn", {
                  strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
                  date: () => (reviewedAt ? <ResultTime iso={reviewedAt} withTime={false} /> : null),
                })
              )}
            </span>
          </>
        ) : (
          <>
            <span className="mt-0.5 inline-flex size-6 shrink-0 rounded-full border-2 border-slate-400" aria-hidden="true" />
            <span>
              {pending ? (
                <span className="font-semibold text-slate-900">{t("removing")}</span>
              ) : (
                t.rich("notReviewed", { strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span> })
              )}
            </span>
          </>
        )}
      </p>
      <div className="mt-4">
        <button
          type="button"
          onClick={toggle}
          aria-disabled={pending || undefined}
          aria-describedby={statusId}
          className={reviewed ? secondaryButton : primaryButton}
        >
          <Icon name={reviewed ? "refresh" : "check"} className="size-5 shrink-0" />
          {pending
            ? t("saving")
            : reviewed
              ? t.rich("undo", { hidden: (chunks) => <span className="sr-only">{chunks}</span> })
              : t("mark")}
        </button>
      </div>
      {setReviewed.isError ? (
        <div className="mt-4">
          <ResultProblem error={setReviewed.error} subject="result" shareId={shareId} />
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
