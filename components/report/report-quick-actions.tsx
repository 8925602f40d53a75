import { DownloadPdf } from "@/components/report/download-pdf";
import { ShareButton } from "@/components/share/share-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { reportPdfPath } from "@/lib/pdf/paths";
import { detailWords } from "@/lib/report/answer-words";

type ReportQuickActionsProps = {
  id: string;
  bandLabel: string;
  careerTitle: string;
};

/**
 * Right under the answer: keep it (a PDF made on the server), pass it on (share: the read-only
 * link only) and open every figure (the details view).
 */
export function ReportQuickActions({ id, bandLabel, careerTitle }: ReportQuickActionsProps) {
  return (
    <div role="group" aria-label="Save, share or see the details" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
      <ShareButton id={id} bandLabel={bandLabel} careerTitle={careerTitle} />
      <ButtonLink href={`/report/${id}/details`} variant="secondary">
        <Icon name="list" className="size-5" />
        {detailWords.heading}
      </ButtonLink>
      <DownloadPdf href={reportPdfPath(id)} icon={<Icon name="arrowDown" className="size-5" />} />
    </div>
  );
}
