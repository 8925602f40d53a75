import { ReportFacts } from "./report-facts";
import { IntendedUse } from "./intended-use";
import { CopyLinkButton } from "./copy-link-button";
import { Icon } from "@/components/ui/icon";
import { OwnerActions, OwnerLinkSection } from "./owner-actions";
import { ReportSection } from "./parts";
import { PrintButton } from "./print-button";

type ReportFooterProps = {
  id: string;
  takenOn: { text: string; iso: string };
  versions: { profile: string; scoring: string; questionnaire: string };
};

/** Part 6: what the report is for, when it was taken, versions, and the actions on it. */
export function ReportFooter({ id, takenOn, versions }: ReportFooterProps) {
  return (
    <ReportSection id="about-report" eyebrow="About this report" title="Keep, print or share this report" className="pb-16 sm:pb-20">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <IntendedUse closing="Before a big decision, talk it through with a counsellor or a working medical coder." />
        <ReportFacts takenOn={takenOn} versions={versions}>
          Anyone with this page&rsquo;s link can read the report; it is not listed anywhere. Only the person who took
          the assessment can share, retake or delete it.
        </ReportFacts>
      </div>

      <div className="print-hidden mt-8">
        <div role="group" aria-label="Report actions" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          <OwnerActions id={id} />
          <CopyLinkButton linkIcon={<Icon name="link" className="size-5" />} doneIcon={<Icon name="check" className="size-5" />} />
          <PrintButton icon={<Icon name="printer" className="size-5" />} />
        </div>
        <OwnerLinkSection id={id} />
      </div>
    </ReportSection>
  );
}
