import { useTranslations } from "next-intl";
import type { NoteView } from "@/lib/counsellor/api-client";
import { PageContainer } from "@/components/ui/page-container";
import { EarlierAttempts, type EarlierAttemptsProps } from "./earlier-attempts";
import { NotesPanel } from "./notes-panel";
import { ReviewToggle } from "./review-toggle";

export type ResultPanelProps = {
  shareId: string;
  reviewedAt: string | null;
  notes: NoteView[];
  attempts: EarlierAttemptsProps;
};

/**
 * The counsellor's own tools for a result, above the report: the reviewed mark and earlier
 * attempts in the narrow column, notes in the wide one; one column on a phone. Not printed.
 */
export function ResultPanel({ shareId, reviewedAt, notes, attempts }: ResultPanelProps) {
  const t = useTranslations("counsellor.result");
  return (
    <section aria-label={t("panelLabel")} className="print-hidden border-b border-slate-200 bg-white">
      <PageContainer className="py-6 sm:py-8">
        <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)] lg:items-start">
          <div className="space-y-5">
            <ReviewToggle shareId={shareId} initialReviewedAt={reviewedAt} />
            <EarlierAttempts {...attempts} />
          </div>
          <NotesPanel shareId={shareId} initialNotes={notes} />
        </div>
      </PageContainer>
    </section>
  );
}
