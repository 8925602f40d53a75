import { useTranslations } from "next-intl";
import { DownloadPdf } from "@/components/report/download-pdf";
import { ShareButton } from "@/components/share/share-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { reportPdfPath } from "@/lib/pdf/paths";

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
  const t = useTranslations("report");
  return (
    <div role="group" aria-label={t("quickActions.label")} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
      <ShareButton id={id} bandLabel={bandLabel} careerTitle={careerTitle} />
      <ButtonLink href={`/report/${id}/details`} variant="secondary">
        <Icon name="list" className="size-5" />
        {t("details.heading")}
      </ButtonLink>
      <DownloadPdf href={reportPdfPath(id)} icon={<Icon name="arrowDown" className="size-5" />} />
    </div>
  );
}
