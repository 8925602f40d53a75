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
  return (
    <ReportSection id="about-report" eyebrow="About this report" title="Keep or print this report" compact className="pb-12 sm:pb-16">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <IntendedUse closing="Before a big decision, talk it through with a counsellor or a working medical coder." />
        <ReportFacts takenOn={takenOn} versions={versions}>
          Anyone with this page&rsquo;s link can read the report; it is not listed anywhere. Only the person who took
          the assessment can share, retake or delete it.
        </ReportFacts>
      </div>

      <div className="print-hidden mt-6">
        <div role="group" aria-label="Report actions" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          <OwnerActions id={id} />
          <PrintButton icon={<Icon name="printer" className="size-5" />} />
        </div>
        <OwnerLinkSection id={id} />
      </div>
    </ReportSection>
  );
}
