"use client";

import { useTranslations } from "next-intl";
import { OwnerGate } from "@/components/owner/owner-context";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import type { ShareStatus } from "@/lib/quiz/invite";

export type ShareOutcomeBannerProps = {
  outcome: ShareStatus;
};

/**
 * A line above the report, right after the quiz, saying whether the result went to the counsellor;
 * the details (who, under which name) and the way to withdraw are in the Sharing part near the
 * end. The owner's device only: a report link passed on with ?share= in it shows nothing.
 */
export function ShareOutcomeBanner({ outcome }: ShareOutcomeBannerProps) {
  const t = useTranslations("share.banner");
  const shared = outcome === "shared";
  return (
    <OwnerGate>
      <div className={["print-hidden border-b", shared ? "border-brand-200 bg-white" : "border-amber-300 bg-amber-50"].join(" ")}>
        <PageContainer className="py-3">
          <p className="flex items-start gap-2.5 leading-relaxed text-slate-800">
            <Icon name={shared ? "check" : "alert"} className={["mt-0.5 size-5 shrink-0", shared ? "text-brand-700" : "text-amber-800"].join(" ")} />
            <span>
              {shared ? (
                <>{t("shared")} </>
              ) : (
                <strong className="font-semibold text-amber-900">{t("notShared")} </strong>
              )}
              <a href="#sharing" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
                {shared ? t("seeSharing") : t("seeWhy")}
              </a>
            </span>
          </p>
        </PageContainer>
      </div>
    </OwnerGate>
  );
}
