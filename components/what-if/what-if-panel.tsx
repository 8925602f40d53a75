"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useId } from "react";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { answeredMarket, skillInMarket, type CareerProfile } from "@/lib/profiles";
import type { Answers } from "@/lib/scoring/answers";
import {
  credentialStepLabel,
  DEGREE_ITEM,
  encodeScenario,
  formatPoints,
  HEALTHCARE_ITEM,
  isEmptyScenario,
  skillItem,
  TRAINING_ITEM,
  WHAT_IF_PARAM,
  whatIfOptions,
  type Scenario,
  type WhatIfOptions,
  type WhatIfWords,
} from "@/lib/what-if";
import { useWhatIfScenario } from "./use-what-if-scenario";

const TRAINING_ORDER = ["none", "self-study", "course-in-progress", "course-completed", "certified"];
const control =
  "mt-1.5 block w-full min-w-0 rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 focus-visible:border-brand-700";
const smallButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-xl border border-slate-500 bg-white px-4 py-2 text-base font-semibold text-slate-900 hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800";

type Props = {
  answers: Answers;
  id: string;
  initialCode: string;
  /** The result's profile in the page's language (`profileIn` on the server): names, and the rules it scores with. */
  profile: CareerProfile;
};

/**
 * The what-if panel: controls for the changes a person can make, and the result scored again and
 * worded in the page's language, with the profile in that language.
 */
export default function WhatIfPanel({ answers, id, initialCode, profile }: Props) {
  const t = useTranslations("whatIf");
  const locale = useLocale();
  // The changes on offer depend only on the profile (whatIfOptions keeps them per profile).
  const options = whatIfOptions(profile);
  const uid = useId();
  const { scenario, linkError, copied, setCopied, diff, details, update, setBackground, setSkill } = useWhatIfScenario(
    answers,
    initialCode,
    profile,
  );
  // Results in the words of the person's market (OPCS-4 Coding in the UK, CCI in Canada), as on the report.
  const market = answeredMarket(profile.questionnaire, answers);

  const trainingAt = TRAINING_ORDER.indexOf(String(answers[TRAINING_ITEM]));
  const courseDone = trainingAt >= TRAINING_ORDER.indexOf("course-completed");
  const certified = trainingAt >= TRAINING_ORDER.indexOf("certified");
  const healthcareTop = answers[HEALTHCARE_ITEM] === options.healthcareBuckets.at(-1)?.value;
  const wantsCert = scenario.training === "certified";
  const wantsCourse = scenario.training !== undefined;

  const setTraining = (course: boolean, cert: boolean) =>
    update((current) => {
      const next = { ...current };
      if (cert) next.training = "certified";
      else if (course) next.training = "course-completed";
      else delete next.training;
      return next;
    });

  const code = encodeScenario(scenario);
  // The report in the page's language: /hi/report/<id> on a Hindi page.
  const prefix = locale === DEFAULT_LOCALE ? "" : `/${locale}`;
  const shareUrl =
    typeof window === "undefined"
      ? ""
      : `${window.location.origin}${prefix}/report/${encodeURIComponent(id)}${code ? `?${WHAT_IF_PARAM}=${code}` : ""}#what-if`;

  async function copyShare() {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const summary = scenarioSummary(scenario, answers, profile, options, t);
  const overallDelta = diff.overall.delta;

  return (
    <div className="what-if-panel border-t border-slate-200 px-4 pt-5 pb-6 sm:px-7">
      {linkError ? (
        <div role="status" className="mb-5 rounded-xl border border-amber-300 bg-amber-50 p-4 text-slate-900">
          <p className="font-semibold">{linkError}</p>
          <p className="mt-1 text-slate-700">{t("panel.keepsOriginal")}</p>
        </div>
      ) : null}

      <p className="hidden text-lg font-semibold print:block">{t("panel.printTitle")}</p>
      <p className="print-hidden max-w-[68ch] leading-relaxed text-slate-700">{t("panel.intro")}</p>

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] print:block">
        <form className="print-hidden space-y-6" onSubmit={(event) => event.preventDefault()} aria-label={t("panel.formLabel")}>
          <BackgroundSelect
            id={`${uid}-background`}
            degrees={options.degrees}
            value={scenario.background ?? String(answers[DEGREE_ITEM])}
            given={String(answers[DEGREE_ITEM])}
            onChange={setBackground}
          />

          <fieldset>
            <legend className="font-semibold text-slate-900">{t("panel.plannedSteps")}</legend>
            <div className="mt-2 space-y-2">
              <Check
                label={t("panel.finishCourse")}
                note={courseDone ? t("panel.doneAlready") : undefined}
                checked={courseDone || wantsCourse}
                disabled={courseDone || wantsCert}
                onChange={(checked) => setTraining(checked, wantsCert)}
              />
              <Check
                label={credentialStepLabel(market, t)}
                note={certified ? t("panel.doneAlready") : undefined}
                checked={certified || wantsCert}
                disabled={certified}
                onChange={(checked) => setTraining(false, checked)}
              />
              <Check
                label={t("panel.healthcareYear")}
                note={healthcareTop ? t("panel.alreadyTop") : undefined}
                checked={Boolean(scenario.healthcareYearPlus)}
                disabled={healthcareTop}
                onChange={(checked) =>
                  update((current) => {
                    const next = { ...current };
                    if (checked) next.healthcareYearPlus = true;
                    else delete next.healthcareYearPlus;
                    return next;
                  })
                }
              />
            </div>
          </fieldset>

          <fieldset>
            <legend className="font-semibold text-slate-900">{t("panel.raiseSkill")}</legend>
            <p className="mt-1 text-sm text-slate-600">{t("panel.levelsHint")}</p>
            <div className="mt-3 space-y-4">
              {options.skills.map((skill) => {
                const current = Number(answers[skillItem(skill.id)] ?? 0);
                return (
                  <SkillSelect
                    key={skill.id}
                    id={`${uid}-${skill.id}`}
                    skillId={skill.id}
                    name={skillName(profile, skill.id, market)}
                    anchors={skill.anchors}
                    current={current}
                    value={scenario.skills?.[skill.id] ?? current}
                    onChange={setSkill}
                  />
                );
              })}
            </div>
          </fieldset>

          <button type="button" className={smallButton} onClick={() => update(() => ({}))} disabled={isEmptyScenario(scenario)}>
            {t("panel.reset")}
          </button>

          {/* On a phone the results are below the controls: keep the new score in view meanwhile. */}
          {isEmptyScenario(scenario) ? null : (
            <p
              aria-hidden="true"
              className="sticky bottom-0 -mx-4 border-t border-brand-300 bg-brand-50 px-4 py-3 text-slate-900 lg:hidden"
            >
              {t.rich("panel.sticky", {
                after: String(diff.overall.after),
                before: String(diff.overall.before),
                band: diff.band.after.label,
                strong: (chunks) => <strong className="tabular-nums">{chunks}</strong>,
              })}
            </p>
          )}
        </form>

        <div className="min-w-0 lg:sticky lg:top-4 lg:self-start print:static">
          <div className="rounded-2xl border border-brand-300 bg-brand-50 p-5">
            <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{t("panel.yourScenario")}</p>
            <p className="mt-1 text-slate-900" data-what-if-summary>
              {summary}
            </p>
            <p role="status" aria-live="polite" className="mt-4 text-lg text-slate-900" data-what-if-result>
              {isEmptyScenario(scenario) ? (
                t.rich("panel.stays", {
                  score: String(diff.overall.before),
                  band: diff.band.before.label,
                  strong: (chunks) => <strong className="tabular-nums">{chunks}</strong>,
                })
              ) : (
                <>
                  {t.rich("panel.newScore", {
                    after: String(diff.overall.after),
                    before: String(diff.overall.before),
                    change: overallDelta > 0 ? `+${overallDelta}` : overallDelta === 0 ? t("panel.noChange") : `\u2212${-overallDelta}`,
                    strong: (chunks) => <strong className="text-2xl tabular-nums">{chunks}</strong>,
                    span: (chunks) => <span className="tabular-nums">{chunks}</span>,
                  })}{" "}
                  {diff.band.changed
                    ? t.rich("panel.bandChanged", {
                        after: diff.band.after.label,
                        before: diff.band.before.label,
                        strong: (chunks) => <strong>{chunks}</strong>,
                      })
                    : t("panel.bandStays", { band: diff.band.after.label })}
                  {diff.nextSteps.length ? ` ${t("panel.nextStepsChange", { count: diff.nextSteps.length })}` : ""}
                </>
              )}
            </p>
          </div>

          <h3 className="mt-6 text-lg font-semibold text-slate-900">{t("panel.threeParts")}</h3>
          <table className="mt-2 w-full text-left text-sm sm:text-base">
            <thead>
              <tr className="border-b border-slate-300 text-slate-700">
                <th scope="col" className="py-2 pr-2 font-semibold">
                  {t("panel.part")}
                </th>
                <th scope="col" className="py-2 pr-2 text-right font-semibold">
                  {t("panel.now")}
                </th>
                <th scope="col" className="py-2 pr-2 text-right font-semibold">
                  {t("panel.whatIf")}
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  {t("panel.change")}
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.components.map((component) => (
                <tr key={component.id} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-2 font-normal text-slate-900">
                    {component.label}
                  </th>
                  <td className="py-2 pr-2 text-right tabular-nums">{component.before}</td>
                  <td className="py-2 pr-2 text-right font-semibold tabular-nums">{component.after}</td>
                  <td className="py-2 text-right tabular-nums">{formatPoints(component.delta)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          {details.lines.length ? (
            <>
              <h3 className="mt-6 text-lg font-semibold text-slate-900">{t("panel.eachChange")}</h3>
              <ul className="mt-2 space-y-2 text-slate-800" data-what-if-lines>
                {details.lines.map((line) => (
                  <li key={line.key} className="flex gap-2 leading-relaxed">
                    <span aria-hidden="true" className="mt-[0.6rem] size-1.5 shrink-0 rounded-full bg-brand-600" />
                    <span>{line.text}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <h3 className="mt-6 text-lg font-semibold text-slate-900">{t("panel.nextSteps")}</h3>
          {details.nextSteps.length ? (
            <ul className="mt-2 space-y-3" data-what-if-next>
              {details.nextSteps.map((change) => (
                <li key={change.kind} className="rounded-xl border border-slate-200 p-3">
                  <p className="font-semibold text-slate-900">{change.label}</p>
                  <p className="mt-1 text-slate-800">
                    <span className="text-slate-600">{t("panel.nowLabel")}</span>
                    {change.before}
                  </p>
                  <p className="text-slate-900">
                    <span className="text-slate-600">{t("panel.whatIfLabel")}</span>
                    <strong className="font-semibold">{change.after}</strong>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-700" data-what-if-next>
              {isEmptyScenario(scenario) ? t("panel.chooseChange") : t("panel.stepsSame")}
            </p>
          )}

          <div className="print-hidden mt-6 flex flex-wrap items-center gap-3">
            {isEmptyScenario(scenario) ? null : (
              <>
                <a href={shareUrl} className="font-semibold break-all text-brand-800 underline" data-what-if-share>
                  {t("panel.shareScenario")}
                </a>
                <button type="button" className={smallButton} onClick={copyShare}>
                  {t("panel.copyLink")}
                </button>
              </>
            )}
            <p aria-live="polite" className="text-sm text-slate-700">
              {copied ? t("panel.copied") : ""}
            </p>
          </div>
        </div>
      </div>
    </div>
  );
}

const BackgroundSelect = memo(function BackgroundSelect({
  id,
  degrees,
  value,
  given,
  onChange,
}: {
  id: string;
  degrees: WhatIfOptions["degrees"];
  value: string;
  given: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("whatIf.panel");
  return (
    <div>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {t("changeBackground")}
      </label>
      <select id={id} className={control} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {degrees.map((degree) => (
          <option key={degree.value} value={degree.value}>
            {degree.value === given ? t("degreeYours", { degree: degree.label }) : degree.label}
          </option>
        ))}
      </select>
    </div>
  );
});

const SkillSelect = memo(function SkillSelect({
  id,
  skillId,
  name,
  anchors,
  current,
  value,
  onChange,
}: {
  id: string;
  skillId: string;
  name: string;
  anchors: string[];
  current: number;
  value: number;
  onChange: (skillId: string, level: number) => void;
}) {
  const t = useTranslations("whatIf.panel");
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {name}
      </label>
      <select
        id={id}
        className={control}
        value={value}
        disabled={current >= anchors.length - 1}
        onChange={(event) => onChange(skillId, Number(event.currentTarget.value))}
      >
        {anchors.map((anchor, level) =>
          level < current ? null : (
            <option key={level} value={level}>
              {t(level === current ? "levelOptionYours" : "levelOption", { level: String(level), anchor })}
            </option>
          ),
        )}
      </select>
    </div>
  );
});

function Check({
  label,
  note,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  note?: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 text-slate-900 has-disabled:cursor-default has-disabled:text-slate-600">
      <input
        type="checkbox"
        className="size-5 shrink-0 accent-brand-700"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>
        {label}
        {note ? <span className="text-sm"> ({note})</span> : null}
      </span>
    </label>
  );
}

/** A skill's name as the person's market reads it ("OPCS-4 Coding" in the UK). */
function skillName(profile: CareerProfile, skillId: string, market: string | undefined): string {
  const skill = profile.skills.find((entry) => entry.id === skillId);
  return skill ? skillInMarket(skill, market).name : skillId;
}

/** "Background B.Pharm; earn CPC or CCA; Medical Terminology from level 0 to 2." in the page's language. */
function scenarioSummary(scenario: Scenario, answers: Answers, profile: CareerProfile, options: WhatIfOptions, t: WhatIfWords): string {
  const parts: string[] = [];
  if (scenario.background) {
    const degree = options.degrees.find((entry) => entry.value === scenario.background)?.label ?? scenario.background;
    parts.push(t("summary.background", { degree }));
  }
  const market = answeredMarket(profile.questionnaire, answers);
  if (scenario.training === "certified") parts.push(t("summary.credential", { market: market ?? "other" }));
  else if (scenario.training) parts.push(t("summary.course"));
  if (scenario.healthcareYearPlus) parts.push(t("summary.healthcare"));
  for (const skill of options.skills) {
    const level = scenario.skills?.[skill.id];
    if (level !== undefined) {
      parts.push(t("summary.skill", { skill: skillName(profile, skill.id, market), from: String(answers[skillItem(skill.id)]), to: String(level) }));
    }
  }
  if (!parts.length) return t("summary.none");
  const text = parts.join(t("summary.separator"));
  return t("summary.sentence", { changes: `${text.charAt(0).toUpperCase()}${text.slice(1)}` });
}
