import { useTranslations } from "next-intl";
import { ReportFacts } from "./report-facts";
import { IntendedUse } from "./intended-use";
import { Icon } from "@/components/ui/icon";
import { OwnerActions, OwnerLinkSection } from "./owner-actions";
import { ReportSection } from "./parts";
import { PrintButton } from "./print-button";

type ReportFooterProps = {
  id: string;
  takenOn: { text: string; iso: string };
  versions: { profile: string; scoring: string; questionnaire: string };
};

/** The close of the report: what it is for, when it was taken, versions, and the owner's actions on it. */
export function ReportFooter({ id, takenOn, versions }: ReportFooterProps) {
  const t = useTranslations("report.footer");
  return (
    <ReportSection id="about-report" eyebrow={t("eyebrow")} title={t("title")} compact className="pb-12 sm:pb-16">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <IntendedUse closing={t("closing")} />
        <ReportFacts takenOn={takenOn} versions={versions}>
          {t("whoCanSee")}
        </ReportFacts>
      </div>

      <div className="print-hidden mt-6">
        <div role="group" aria-label={t("actionsLabel")} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          <OwnerActions id={id} />
          <PrintButton icon={<Icon name="printer" className="size-5" />} />
        </div>
        <OwnerLinkSection id={id} />
      </div>
    </ReportSection>
  );
}
