import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";

/** The report's intended-use card; the last point speaks to whoever is reading (student or counsellor). */
export function IntendedUse({ closing }: { closing: string }) {
  const t = useTranslations("report.intendedUse");
  return (
    <div className="report-card rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-7">
      <p className="flex items-center gap-2.5 text-lg font-semibold text-amber-900">
        <Icon name="info" className="size-6 shrink-0 text-amber-800" />
        {t("heading")}
      </p>
      <ul className="mt-3 list-disc space-y-2 pl-5 leading-relaxed text-slate-800 marker:text-amber-700 sm:pl-[2.125rem]">
        <li>{t("exploration")}</li>
        <li>{t("noPrediction")}</li>
        <li>{t("salaries")}</li>
        <li>{closing}</li>
      </ul>
    </div>
  );
}
