"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { useOwner } from "./owner-context";

const noticeKeys = { accepted: "linkAccepted", refused: "linkRefused", failed: "linkFailed" } as const;

/** Above the report: what an owner link opened here did (accepted, refused or not checked). */
export function OwnerNotices() {
  const { notice } = useOwner();
  const t = useTranslations("owner");
  return (
    <div className="print-hidden">
      <div role="status" aria-live="polite" className="empty:hidden">
        {notice ? (
          <div className={["border-b", notice.kind === "accepted" ? "border-brand-200 bg-brand-50" : "border-amber-300 bg-amber-50"].join(" ")}>
            <PageContainer className="py-3">
              <p className="flex items-start gap-2.5 leading-relaxed text-slate-800">
                <Icon
                  name={notice.kind === "accepted" ? "check" : "alert"}
                  className={["mt-0.5 size-5 shrink-0", notice.kind === "accepted" ? "text-brand-700" : "text-amber-800"].join(" ")}
                />
                <span>{t(noticeKeys[notice.kind])}</span>
              </p>
            </PageContainer>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/**
 * For anyone without the owner key: this is a read-only copy, and how the person who took it can
 * manage it. It appears only once the browser knows, so the page places it below the answer,
 * where appearing moves nothing the reader is looking at.
 */
export function ViewerNotice() {
  const { state } = useOwner();
  return state.status === "viewer" ? (
    <div className="print-hidden">
      <ViewerNote readOnly={state.readOnly} />
    </div>
  ) : null;
}

function ViewerNote({ readOnly }: { readOnly: boolean }) {
  const t = useTranslations("owner");
  return (
    <section aria-labelledby="viewer-note-title" data-viewer-note className="border-t border-slate-200 bg-slate-50">
      <PageContainer className="py-2.5">
        <div className="flex items-start gap-2.5">
          <Icon name="info" className="mt-0.5 size-5 shrink-0 text-brand-700" />
          <div className="min-w-0 max-w-[68ch] text-sm leading-relaxed text-slate-800">
            <p>
              <span id="viewer-note-title" role="heading" aria-level={2} className="font-semibold text-slate-900">
                {readOnly ? t("readOnlyTitle") : t("viewerTitle")}
              </span>{" "}
              {readOnly ? t("readOnlyBody") : t("viewerBody")}
            </p>
            <div className="flex flex-wrap items-start gap-x-4">
              {readOnly ? null : (
                <details className="group open:basis-full sm:open:basis-auto">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800">
                    {t("viewerOwnTitle")}
                  </summary>
                  <p className="mb-1 text-slate-700">{t("viewerOwnBody")}</p>
                </details>
              )}
              <Link
                href="/assessment"
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800"
              >
                {t("viewerStart")}
              </Link>
            </div>
          </div>
        </div>
      </PageContainer>
    </section>
  );
}
