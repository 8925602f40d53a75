"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useSearchParams } from "next/navigation";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { useEffect, useRef, useState } from "react";
import { actionButton, dangerButton, dangerSolidButton } from "@/components/report/action-button";
import { ReportSection } from "@/components/report/parts";
import { Icon } from "@/components/ui/icon";
import type { MarketId } from "@/lib/profiles";
import type { ShareListItem, ShareStatus } from "@/lib/quiz/invite";
import { fetchSharesRequest, withdrawShareRequest } from "@/lib/results/api";
import { OwnerOnly } from "@/components/owner/owner-context";
import { formatTakenDate, isoDate } from "@/lib/report/format";
import { DeferredShareCodeForm } from "./deferred-share-code-form";

export type ReportSharingProps = {
  assessmentId: string;
  /** What happened to the sharing asked for in the quiz (from ?share= on the report's address). */
  outcome: ShareStatus | null;
  /** Dates are shown in the result's market's time zone, as elsewhere on the report. */
  market: MarketId;
};

/**
 * The report's "Sharing" part, on the owner's device only: who can see this result (asked of the
 * API with the owner key, so a report link alone never shows names or emails), a way to withdraw
 * each share, and a form to share it with another counsellor by cohort code.
 */
export function ReportSharing(props: ReportSharingProps) {
  return <OwnerOnly>{(ownerKey) => <OwnerSharing {...props} ownerKey={ownerKey} />}</OwnerOnly>;
}

type SharesState = { kind: "loading" } | { kind: "ready"; shares: ShareListItem[] } | { kind: "failed" };

/** The section itself, for the device holding `ownerKey`. */
export function OwnerSharing({ assessmentId, ownerKey, outcome, market }: ReportSharingProps & { ownerKey: string }) {
  const t = useTranslations("share.report");
  const [loaded, setLoaded] = useState<SharesState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    void fetchSharesRequest(assessmentId, ownerKey, { signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted) return;
      setLoaded(answer.kind === "found" ? { kind: "ready", shares: answer.shares } : { kind: "failed" });
    });
    return () => controller.abort();
  }, [assessmentId, ownerKey, attempt]);
  const shares = loaded.kind === "ready" ? loaded.shares : [];
  const setShares = (change: (current: ShareListItem[]) => ShareListItem[]) =>
    setLoaded((current) => ({ kind: "ready", shares: change(current.kind === "ready" ? current.shares : []) }));
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [announcement, setAnnouncement] = useState("");
  const [changed, setChanged] = useState(false);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  // After a change here, the quiz's outcome (?share=) is out of date: drop it from the address
  // so the notices at the top of the report and here no longer claim it.
  const dropOutcome = () => {
    setChanged(true);
    if (!searchParams.has("share")) return;
    const rest = new URLSearchParams(searchParams);
    rest.delete("share");
    const query = rest.toString();
    router.replace(`${pathname}${query ? `?${query}` : ""}`, { scroll: false });
  };

  const onWithdrawn = (share: ShareListItem) => {
    setShares((current) => current.filter((item) => item.id !== share.id));
    setAnnouncement(t("withdrawn", { counsellor: share.counsellorName, cohort: share.cohortName }));
    dropOutcome();
    listHeadingRef.current?.focus();
  };

  const onShared = (share: ShareListItem) => {
    setShares((current) => [share, ...current.filter((item) => item.id !== share.id)]);
    setAnnouncement(t("shared", { counsellor: share.counsellorName, cohort: share.cohortName }));
    dropOutcome();
  };

  const latest = shares[0];
  const showOutcome = loaded.kind === "ready" && !changed && outcome !== null && (outcome !== "shared" || latest !== undefined);

  return (
    <ReportSection
      id="sharing"
      eyebrow={t("eyebrow")}
      title={t("title")}
      className="print-hidden"
      intro={<p>{t("intro")}</p>}
    >
      {showOutcome ? <OutcomeNotice outcome={outcome} latest={latest} /> : null}

      <div role="status" aria-live="polite" className="empty:hidden">
        {announcement ? (
          <p className="mb-6 flex items-start gap-2.5 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 leading-relaxed text-slate-800">
            <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
            <span>{announcement}</span>
          </p>
        ) : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <div className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
          <h3 ref={listHeadingRef} tabIndex={-1} id="shared-with-heading" className="rounded-md text-xl font-semibold tracking-tight text-slate-900">
            {t("sharedWith")}
          </h3>
          {loaded.kind === "loading" ? (
            <p role="status" className="mt-2 leading-relaxed text-slate-700">
              {t("checking")}
            </p>
          ) : loaded.kind === "failed" ? (
            <div role="alert" className="mt-2 space-y-3 leading-relaxed text-slate-700">
              <p>{t("loadFailed")}</p>
              <button type="button" className={actionButton} onClick={() => setAttempt((count) => count + 1)}>
                {t("tryAgain")}
              </button>
            </div>
          ) : shares.length === 0 ? (
            <p className="mt-2 leading-relaxed text-slate-700">{t("none")}</p>
          ) : (
            <ul aria-labelledby="shared-with-heading" className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
              {shares.map((share) => (
                <SharedWithItem key={share.id} assessmentId={assessmentId} ownerKey={ownerKey} share={share} market={market} onWithdrawn={onWithdrawn} />
              ))}
            </ul>
          )}
        </div>

        <div className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
          <h3 id="share-form-heading" className="text-xl font-semibold tracking-tight text-slate-900">
            {t("formHeading")}
          </h3>
          <p className="mt-2 leading-relaxed text-pretty text-slate-700">{t("formLead")}</p>
          <DeferredShareCodeForm assessmentId={assessmentId} ownerKey={ownerKey} onShared={onShared} />
          <p className="mt-5 border-t border-slate-200 pt-4 text-sm leading-relaxed text-slate-600">
            {t.rich("freshAttempt", {
              link: (chunks) => (
                <Link href="/join" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </div>
    </ReportSection>
  );
}

/** Why the quiz's sharing did or did not happen. */
function OutcomeNotice({ outcome, latest }: { outcome: ShareStatus; latest: ShareListItem | undefined }) {
  const t = useTranslations("share.report");
  if (outcome === "shared" && latest) {
    return (
      <p className="mb-6 flex items-start gap-2.5 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 leading-relaxed text-slate-800">
        <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
        <span>
          {t.rich("outcomeShared", {
            counsellor: latest.counsellorName,
            cohort: latest.cohortName,
            strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
          })}
        </span>
      </p>
    );
  }
  return (
    <div className="mb-6 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 leading-relaxed text-slate-800">
      <p className="flex items-start gap-2.5 font-semibold text-amber-900">
        <Icon name="alert" className="mt-0.5 size-5 shrink-0 text-amber-800" />
        {t("notShared")}
      </p>
      <p className="mt-1 pl-7.5">{outcome === "closed" ? t("notSharedClosed") : t("notSharedNotFound")}</p>
    </div>
  );
}

type SharedWithItemProps = {
  assessmentId: string;
  ownerKey: string;
  share: ShareListItem;
  market: MarketId;
  onWithdrawn: (share: ShareListItem) => void;
};

/** One counsellor who can see the result, with "Withdraw" and its confirmation step. */
function SharedWithItem({ assessmentId, ownerKey, share, market, onWithdrawn }: SharedWithItemProps) {
  const t = useTranslations("share.report");
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const promptId = `withdraw-${share.id}`;

  const opened = useRef(false);

  // Focus goes to "Keep sharing" when the question opens, and back to "Withdraw" when it closes.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (opened.current) withdrawRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    setError(null);
  };

  const confirm = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    const outcome = await withdrawShareRequest(assessmentId, share.id, ownerKey);
    if (outcome === "withdrawn") {
      onWithdrawn(share);
      return;
    }
    setPending(false);
    setError(t("withdrawFailed"));
  };

  return (
    <li className="py-4">
      <p className="font-semibold text-slate-900">{share.counsellorName}</p>
      <p className="text-slate-700">“{share.cohortName}”</p>
      <p className="mt-1 text-sm leading-relaxed text-slate-600">
        {share.email ? t("asWithEmail", { name: share.displayName, email: share.email }) : t("as", { name: share.displayName })} ·{" "}
        {t.rich("since", {
          date: formatTakenDate(share.consentedAt, market, locale),
          time: (chunks) => <time dateTime={isoDate(share.consentedAt, market)}>{chunks}</time>,
        })}
      </p>

      {confirming ? (
        <div role="group" aria-labelledby={promptId} className="mt-3 rounded-xl border border-red-200 bg-red-50 p-4">
          <p id={promptId} className="leading-relaxed text-pretty text-slate-900">
            {t("confirm", { counsellor: share.counsellorName })}
          </p>
          {error ? (
            <p role="alert" className="mt-3 flex items-start gap-2 text-sm font-semibold text-red-800">
              <Icon name="alertCircle" className="mt-px size-4.5 shrink-0" />
              <span>{error}</span>
            </p>
          ) : null}
          <div className="mt-4 flex flex-col gap-3 sm:flex-row">
            <button type="button" className={dangerSolidButton} onClick={() => void confirm()} aria-disabled={pending || undefined}>
              {pending ? t("withdrawing") : t("yesWithdraw")}
            </button>
            <button ref={keepRef} type="button" className={actionButton} onClick={cancel} disabled={pending}>
              {t("keep")}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={withdrawRef}
          type="button"
          className={`${dangerButton} mt-3`}
          onClick={() => setConfirming(true)}
          aria-label={t("withdrawLabel", { counsellor: share.counsellorName, cohort: share.cohortName })}
        >
          <Icon name="trash" className="size-4.5" />
          {t("withdraw")}
        </button>
      )}
    </li>
  );
}
