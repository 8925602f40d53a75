"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { fetchAssessment, type FetchedAssessment, type FetchOutcome } from "@/lib/results/api";
import { compareResults, orderByTime, type ResultComparison } from "@/lib/results/compare";
import { formatLevel, formatScore } from "@/lib/report/format";
import { formatResultDate } from "@/lib/results/format";
import { Delta, DeltaTable, SkillList } from "./compare-parts";

const ID = /^[A-Za-z0-9_-]{22,64}$/;

type LoadState =
  | { status: "loading" }
  | { status: "ready"; before: FetchedAssessment; after: FetchedAssessment; comparison: ResultComparison }
  | { status: "problem"; missing: ("a" | "b")[]; failed: boolean };


function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
      <h2 id={id} className="text-xl font-bold tracking-tight text-slate-900">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/**
 * Loads both results through the API in the browser, worded in the page's language, and shows
 * what changed between them. `traitNames` (trait id → name, from the profile in the page's
 * language) names the not-ideal signals.
 */
export function CompareView({ a, b, traitNames }: { a: string; b: string; traitNames: Record<string, string> }) {
  const t = useTranslations("results.compare");
  const locale = useLocale();
  const valid = ID.test(a) && ID.test(b) && a !== b;
  const [state, setState] = useState<LoadState>({ status: "loading" });

  useEffect(() => {
    if (!valid) return;
    const controller = new AbortController();
    const options = { signal: controller.signal, locale };
    void Promise.all([fetchAssessment(a, options), fetchAssessment(b, options)]).then(
      ([first, second]: [FetchOutcome, FetchOutcome]) => {
        if (controller.signal.aborted) return;
        if (first.kind === "found" && second.kind === "found") {
          const [before, after] = orderByTime(first.assessment, second.assessment);
          setState({ status: "ready", before, after, comparison: compareResults(before.result, after.result, traitNames) });
          return;
        }
        const missing = [first.kind === "missing" ? ("a" as const) : null, second.kind === "missing" ? ("b" as const) : null].filter(
          (key): key is "a" | "b" => key !== null,
        );
        setState({ status: "problem", missing, failed: first.kind === "failed" || second.kind === "failed" });
      },
    );
    return () => controller.abort();
  }, [a, b, valid, locale, traitNames]);

  if (!valid) {
    return (
      <Problem>
        {a && b && a === b ? t("sameResult") : t("invalidLink")}
      </Problem>
    );
  }
  if (state.status === "loading") {
    return (
      <p role="status" className="text-slate-600">
        {t("loading")}
      </p>
    );
  }
  if (state.status === "problem") {
    return (
      <Problem>
        {state.missing.length === 2
          ? t("bothMissing")
          : state.missing.length === 1
            ? t(state.missing[0] === "a" ? "firstMissing" : "secondMissing")
            : t("loadFailed")}
      </Problem>
    );
  }

  const { before, after, comparison: c } = state;
  const beforeWhen = formatResultDate(before.createdAt, locale);
  const afterWhen = formatResultDate(after.createdAt, locale);
  const flagStrength = (strength: string) => t(strength === "strong" ? "strength.strong" : "strength.raised");
  const label = (chunks: React.ReactNode) => <span className="font-semibold">{chunks}</span>;

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 sm:gap-5">
        {[
          { key: "before", label: t("earlier"), record: before, when: beforeWhen },
          { key: "after", label: t("later"), record: after, when: afterWhen },
        ].map(({ key, label, record, when }) => (
          <section key={key} aria-labelledby={`compare-${key}`} className="min-w-0 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id={`compare-${key}`} className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
              {label}
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              <time dateTime={record.createdAt}>{when}</time>
            </p>
            <p className="mt-3">
              <span className="text-3xl font-bold text-slate-900 sm:text-4xl">{formatScore(record.result.overall)}</span>
              <span className="text-slate-600"> / 100</span>
            </p>
            <p className="mt-1 font-semibold text-brand-800">{record.result.band.label}</p>
            <Link
              href={`/report/${encodeURIComponent(record.id)}`}
              className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
            >
              {t.rich("openReport", { when, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
            </Link>
          </section>
        ))}
      </div>

      <p className="flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 leading-relaxed text-slate-800">
        <span className="font-semibold">{t("overallScore")}</span> {formatScore(c.overall.before)} → {formatScore(c.overall.after)} <Delta value={c.overall.delta} />
        <span>
          {c.band.changed
            ? t("bandChanged", { before: c.band.before.label, after: c.band.after.label })
            : t("bandUnchanged", { band: c.band.after.label })}
        </span>
      </p>

      <Section id="compare-components" title={t("partsTitle")}>
        <div>
          <DeltaTable
            caption={t("partsCaption")}
            rowHeader={t("partHeader")}
            rows={c.components.map((component) => ({
              key: component.id,
              label: component.label,
              before: formatScore(component.before),
              after: formatScore(component.after),
              delta: component.delta,
            }))}
          />
        </div>
      </Section>

      <Section id="compare-skills" title={t("skillsTitle")}>
        <div className="grid gap-5 sm:grid-cols-2">
          <SkillList title={t("gapsClosed")} skills={c.gapsClosed} empty={t("noGapClosed")} />
          <SkillList title={t("gapsOpened")} skills={c.gapsOpened} empty={t("noGapOpened")} />
        </div>
        <h3 className="mt-6 font-semibold text-slate-900">{t("levelChanges")}</h3>
        {c.levelChanges.length === 0 ? (
          <p className="mt-1 text-slate-600">{t("noLevelChange")}</p>
        ) : (
          <div className="mt-2">
            <DeltaTable
              caption={t("levelsCaption")}
              rowHeader={t("skillHeader")}
              rows={c.levelChanges.map((skill) => ({
                key: skill.skillId,
                label: skill.name,
                before: formatLevel(skill.before.level),
                after: formatLevel(skill.after.level),
                delta: skill.delta,
              }))}
            />
          </div>
        )}
      </Section>

      <Section id="compare-flags" title={t("flagsTitle")}>
        {c.flagsAdded.length + c.flagsRemoved.length + c.flagsChanged.length === 0 ? (
          <p className="text-slate-700">{t("noFlagChange")}</p>
        ) : (
          <ul className="space-y-2">
            {c.flagsAdded.map((flag) => (
              <li key={`added-${flag.traitId}`} className="flex items-start gap-2 leading-relaxed">
                <Icon name="flag" className="mt-1 size-4 shrink-0 text-red-700" />
                <span>{t.rich("flagAdded", { name: flag.name, strength: flagStrength(flag.strength), label })}</span>
              </li>
            ))}
            {c.flagsRemoved.map((flag) => (
              <li key={`removed-${flag.traitId}`} className="flex items-start gap-2 leading-relaxed">
                <Icon name="check" className="mt-1 size-4 shrink-0 text-emerald-700" />
                <span>{t.rich("flagRemoved", { name: flag.name, label })}</span>
              </li>
            ))}
            {c.flagsChanged.map((flag) => (
              <li key={`changed-${flag.traitId}`} className="flex items-start gap-2 leading-relaxed">
                <Icon name="flag" className="mt-1 size-4 shrink-0 text-amber-700" />
                <span>
                  {t.rich("flagChanged", { name: flag.name, before: flagStrength(flag.before), after: flagStrength(flag.after), label })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="compare-readiness" title={t("readinessTitle")}>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-slate-900">{t("learningStep")}</dt>
            <dd className="mt-1 leading-relaxed text-slate-800">
              {c.learningStep.changed
                ? t("stepChanged", {
                    before: c.learningStep.before.step,
                    beforeFocus: c.learningStep.before.focus,
                    after: c.learningStep.after.step,
                    afterFocus: c.learningStep.after.focus,
                  })
                : t("stepUnchanged", { step: c.learningStep.after.step, focus: c.learningStep.after.focus })}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">{t("stage")}</dt>
            <dd className="mt-1 leading-relaxed text-slate-800">
              {c.stage.changed ? `${c.stage.before.stage} → ${c.stage.after.stage}` : t("stageUnchanged", { stage: c.stage.after.stage })}
            </dd>
          </div>
        </dl>
      </Section>

      <ButtonLink href="/results" variant="secondary">
        <Icon name="arrowLeft" className="size-5 shrink-0" />
        {t("back")}
      </ButtonLink>
    </div>
  );
}

function Problem({ children }: { children: React.ReactNode }) {
  const t = useTranslations("results.compare");
  return (
    <div className="rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-7">
      <p role="alert" className="flex items-start gap-2.5 leading-relaxed text-amber-950">
        <Icon name="alert" className="mt-0.5 size-5 shrink-0 text-amber-800" />
        <span>{children}</span>
      </p>
      <ButtonLink href="/results" variant="secondary" className="mt-5">
        <Icon name="arrowLeft" className="size-5 shrink-0" />
        {t("back")}
      </ButtonLink>
    </div>
  );
}
