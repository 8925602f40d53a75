/**
 * The pieces of a comparison of two attempts, shared by the student's own compare page
 * (compare-view.tsx) and the counsellor's view of a student's retake: the same table, the same
 * change marks, the same skill lists.
 */
import { useTranslations } from "next-intl";
import { formatDelta, type SkillChange } from "@/lib/results/compare";
import { formatLevel } from "@/lib/report/format";

export function Delta({ value }: { value: number }) {
  const t = useTranslations("results.parts");
  const text = formatDelta(value);
  const tone = text === "0" ? "bg-slate-100 text-slate-700" : text.startsWith("+") ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800";
  // In words for screen readers, as lib/results/compare.ts's describeDelta: "up 3.5", "down 2", "no change".
  const described = text === "0" ? t("noChange") : t(text.startsWith("+") ? "up" : "down", { amount: text.slice(1) });
  return (
    <span className={`inline-flex min-w-11 justify-center rounded-lg px-1.5 py-0.5 font-semibold tabular-nums ${tone}`}>
      <span aria-hidden="true">{text === "0" ? "±0" : text}</span>
      <span className="sr-only">{described}</span>
    </span>
  );
}

export interface DeltaRow {
  key: string;
  label: string;
  before: string;
  after: string;
  delta: number;
}

/** Earlier, later and the change, one row per thing compared. */
export function DeltaTable({ caption, rowHeader, rows }: { caption: string; rowHeader: string; rows: DeltaRow[] }) {
  const t = useTranslations("results.parts");
  return (
    <table className="w-full border-collapse text-sm sm:text-base">
      <caption className="mb-2 text-left text-sm text-slate-600">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className={th}>
            {rowHeader}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("earlier")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("later")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("change")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200 last:border-0">
            <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
              {row.label}
            </th>
            <td className={`${td} text-right tabular-nums`}>{row.before}</td>
            <td className={`${td} text-right tabular-nums`}>{row.after}</td>
            <td className={`${td} text-right`}>
              <Delta value={row.delta} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const th = "px-1.5 py-2.5 text-left text-sm font-semibold text-slate-700 sm:px-3";
const td = "px-1.5 py-2.5 align-top sm:px-3";

export function SkillList({ title, skills, empty }: { title: string; skills: SkillChange[]; empty: string }) {
  const t = useTranslations("results.parts");
  return (
    <div>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {skills.length === 0 ? (
        <p className="mt-1 text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {skills.map((skill) => (
            <li key={skill.skillId} className="leading-relaxed text-slate-800">
              <span className="font-medium">{skill.name}</span>:{" "}
              {t("skillLevels", {
                before: formatLevel(skill.before.level),
                after: formatLevel(skill.after.level),
                required: formatLevel(skill.requiredLevel),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
