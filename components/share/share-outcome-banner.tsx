import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import type { ShareListItem, ShareStatus } from "@/lib/quiz/invite";

export type ShareOutcomeBannerProps = {
  outcome: ShareStatus;
  /** The newest share of this result, if any. */
  latest: ShareListItem | undefined;
};

/**
 * A line above the report, right after the quiz, saying whether the result went to the counsellor;
 * the details and the way to withdraw are in the Sharing part near the end.
 */
export function ShareOutcomeBanner({ outcome, latest }: ShareOutcomeBannerProps) {
  // "Shared" but nothing is: it was withdrawn since, so there is nothing to confirm.
  if (outcome === "shared" && !latest) return null;
  const shared = outcome === "shared" && latest;
  return (
    <div className={["print-hidden border-b", shared ? "border-brand-200 bg-white" : "border-amber-300 bg-amber-50"].join(" ")}>
      <PageContainer className="py-3">
        <p className="flex items-start gap-2.5 leading-relaxed text-slate-800">
          <Icon name={shared ? "check" : "alert"} className={["mt-0.5 size-5 shrink-0", shared ? "text-brand-700" : "text-amber-800"].join(" ")} />
          <span>
            {shared ? (
              <>
                Shared with <strong className="font-semibold text-slate-900">{latest.counsellorName}</strong> for &ldquo;
                {latest.cohortName}&rdquo;.{" "}
              </>
            ) : (
              <strong className="font-semibold text-amber-900">Your result was not shared with your counsellor. </strong>
            )}
            <a href="#sharing" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
              {shared ? "See sharing and how to withdraw" : "See why"}
            </a>
          </span>
        </p>
      </PageContainer>
    </div>
  );
}
