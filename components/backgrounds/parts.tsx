import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatLevel, type SkillLevelView } from "@/lib/backgrounds";

/** A fit score with a small bar (decorative: the number carries the meaning). */
export function FitScore({ score, own }: { score: number; own?: number | null }) {
  const t = useTranslations("backgrounds.parts");
  return (
    <div className="min-w-0">
      <p className="flex items-baseline gap-1 text-slate-900">
        <span className="text-2xl font-bold tabular-nums">{score}</span>
        <span className="text-sm text-slate-600">/ 100</span>
      </p>
      <div aria-hidden="true" className="mt-1.5 h-2 w-full max-w-32 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
      {own !== undefined && own !== null ? (
        <p className="mt-1.5 text-sm font-semibold text-brand-800">
          {t("you")} <span className="tabular-nums">{own}</span>
        </p>
      ) : null}
    </div>
  );
}

export function PreferredPill({ preferred }: { preferred: boolean }) {
  const t = useTranslations("backgrounds.parts");
  return preferred ? (
    <span className="inline-flex items-center rounded-full bg-brand-100 px-2.5 py-0.5 text-xs font-semibold text-brand-800">
      {t("preferred")}
    </span>
  ) : (
    <span className="inline-flex items-center rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">
      {t("notPreferred")}
    </span>
  );
}

/** The skills a background typically brings: "Medical Terminology: level 3 (needed 2)". */
export function SkillLevels({ skills, own }: { skills: SkillLevelView[]; own?: Map<string, number> | null }) {
  const t = useTranslations("backgrounds.parts");
  if (!skills.length) return <p className="text-slate-700">{t("noSkills")}</p>;
  return (
    <ul className="space-y-1.5">
      {skills.map((skill) => (
        <li key={skill.skillId} className="leading-snug">
          <span className="font-medium text-slate-900">{skill.name}</span>
          <span className="block text-slate-700">
            {t("levelNeeded", { level: formatLevel(skill.level), required: formatLevel(skill.required) })}
            {skill.meets ? ` · ${t("reached")}` : ""}
          </span>
          {own ? (
            <span className="block font-semibold text-brand-800">{t("youLevel", { level: formatLevel(own.get(skill.skillId) ?? 0) })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function BulletList({ items }: { items: ReactNode[] }) {
  return (
    <ul className="space-y-1.5">
      {items.map((item, index) => (
        <li key={index} className="flex gap-2 leading-snug">
          <span aria-hidden="true" className="mt-[0.45rem] size-1.5 shrink-0 rounded-full bg-brand-600" />
          <span className="min-w-0">{item}</span>
        </li>
      ))}
    </ul>
  );
}

export function StartStep({ step, total, focus, own }: { step: number; total: number; focus: string; own?: number | null }) {
  const t = useTranslations("backgrounds.parts");
  return (
    <div>
      <p className="font-semibold text-slate-900">{t("stepOf", { step, total })}</p>
      <p className="text-slate-700">{focus}</p>
      {own !== undefined && own !== null ? <p className="mt-1 font-semibold text-brand-800">{t("youStep", { step: own })}</p> : null}
    </div>
  );
}
