import { useTranslations } from "next-intl";

/** Exactly what a counsellor sees when a result is shared with them (the invite page and the quiz say the same). */
export function SharedItems({ className }: { className?: string }) {
  const t = useTranslations("share.sharedItems");
  return (
    <ul
      className={["list-disc space-y-1.5 pl-5 leading-relaxed text-slate-800 marker:text-brand-700", className].filter(Boolean).join(" ")}
    >
      <li>{t("name")}</li>
      <li>{t("answers")}</li>
      <li>{t("report")}</li>
    </ul>
  );
}
