import { useTranslations } from "next-intl";
import { ReportFacts } from "@/components/report/report-facts";
import { IntendedUse } from "@/components/report/intended-use";
import { ReportSection } from "@/components/report/parts";

type Day = { text: string; iso: string };

export type ResultAboutProps = {
  takenOn: Day;
  sharedOn: Day;
  versions: { profile: string; scoring: string; questionnaire: string };
};

/**
 * The report's last part for a counsellor: what it is for and which versions produced it, in
 * place of the student's own footer (retake, copy link, delete), which is not theirs to use.
 */
export function ResultAbout({ takenOn, sharedOn, versions }: ResultAboutProps) {
  const t = useTranslations("counsellor.result.about");
  return (
    <ReportSection id="about-report" eyebrow={t("eyebrow")} title={t("title")} className="pb-16 sm:pb-20">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <IntendedUse closing={t("closing")} />
        <ReportFacts takenOn={takenOn} sharedOn={sharedOn} versions={versions}>
          {t("shared")}
        </ReportFacts>
      </div>
    </ReportSection>
  );
}
