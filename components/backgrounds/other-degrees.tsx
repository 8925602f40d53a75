import { useTranslations } from "next-intl";
import type { OtherDegreeView } from "@/lib/backgrounds";

/** Degrees that are not one of the five backgrounds, and which background each counts as. */
export function OtherDegrees({ degrees }: { degrees: OtherDegreeView[] }) {
  const t = useTranslations("backgrounds.otherDegrees");
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {degrees.map((degree) => (
        <li key={degree.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
          <p className="font-semibold text-slate-900">{degree.name}</p>
          <p className="mt-1 text-slate-900">
            {t.rich("countsAs", {
              background: degree.background,
              strong: (chunks) => <strong className="font-semibold text-brand-800">{chunks}</strong>,
            })}
            {degree.fitAdjustment ? (
              <span className="text-slate-700">
                {" "}
                {t("fitPoints", { sign: degree.fitAdjustment > 0 ? "+" : "−", points: String(Math.abs(degree.fitAdjustment)) })}
              </span>
            ) : null}
          </p>
          <p className="mt-1.5 leading-relaxed text-pretty text-slate-700">{degree.reason}</p>
        </li>
      ))}
    </ul>
  );
}
