"use client";

import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { medicalCoderProfile } from "@/lib/profiles";
import { fetchAssessment, type FetchedAssessment, type FetchOutcome } from "@/lib/results/api";
import { compareResults, orderByTime, type ResultComparison } from "@/lib/results/compare";
import { formatLevel, formatScore } from "@/lib/report/format";
import { formatResultDate } from "@/lib/results/format";
import { Delta, DeltaTable, SkillList } from "./compare-parts";

const ID = /^[A-Za-z0-9_-]{22,64}$/;
const traitNames = Object.fromEntries(medicalCoderProfile.traits.map((trait) => [trait.id, trait.name]));

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

/** Loads both results through the API in the browser and shows what changed between them. */
export function CompareView({ a, b }: { a: string; b: string }) {
  const valid = ID.test(a) && ID.test(b) && a !== b;
  const [state, setState] = useState<LoadState>({ status: "loading" });

  useEffect(() => {
    if (!valid) return;
    const controller = new AbortController();
    void Promise.all([fetchAssessment(a, { signal: controller.signal }), fetchAssessment(b, { signal: controller.signal })]).then(
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
  }, [a, b, valid]);

  if (!valid) {
    return (
      <Problem>
        {a && b && a === b
          ? "Both links point to the same result. Choose two different results on My results."
          : "This comparison link is incomplete or not valid. Choose two results on My results to compare them."}
      </Problem>
    );
  }
  if (state.status === "loading") {
    return (
      <p role="status" className="text-slate-600">
        Loading both results…
      </p>
    );
  }
  if (state.status === "problem") {
    return (
      <Problem>
        {state.missing.length === 2
          ? "Neither result exists any more: both have been deleted (or the links were never valid)."
          : state.missing.length === 1
            ? `The ${state.missing[0] === "a" ? "first" : "second"} result no longer exists: it has been deleted, or the link was never valid. Choose another result to compare with.`
            : "We couldn't load the results just now. Check your connection and reload the page to try again."}
      </Problem>
    );
  }

  const { before, after, comparison: c } = state;
  const beforeWhen = formatResultDate(before.createdAt);
  const afterWhen = formatResultDate(after.createdAt);
  const flagStrength = (strength: string) => (strength === "strong" ? "strong" : "raised");

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 sm:gap-5">
        {[
          { key: "before", label: "Earlier", record: before, when: beforeWhen },
          { key: "after", label: "Later", record: after, when: afterWhen },
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
              Open the report<span className="sr-only"> of {when}</span>
            </Link>
          </section>
        ))}
      </div>

      <p className="flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 leading-relaxed text-slate-800">
        <span className="font-semibold">Overall score:</span> {formatScore(c.overall.before)} → {formatScore(c.overall.after)} <Delta value={c.overall.delta} />
        <span>{c.band.changed ? `Band: ${c.band.before.label} → ${c.band.after.label}.` : `Band unchanged: ${c.band.after.label}.`}</span>
      </p>

      <Section id="compare-components" title="The three parts of the score">
        <div>
          <DeltaTable
            caption="Each part's score out of 100, earlier and later, and the change."
            rowHeader="Part"
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

      <Section id="compare-skills" title="Skills">
        <div className="grid gap-5 sm:grid-cols-2">
          <SkillList title="Gaps closed" skills={c.gapsClosed} empty="No gap closed." />
          <SkillList title="Gaps opened" skills={c.gapsOpened} empty="No new gap." />
        </div>
        <h3 className="mt-6 font-semibold text-slate-900">Level changes</h3>
        {c.levelChanges.length === 0 ? (
          <p className="mt-1 text-slate-600">No skill level changed.</p>
        ) : (
          <div className="mt-2">
            <DeltaTable
              caption="Skill levels on a 0–4 scale that moved, biggest change first."
              rowHeader="Skill"
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

      <Section id="compare-flags" title="Not-ideal signals">
        {c.flagsAdded.length + c.flagsRemoved.length + c.flagsChanged.length === 0 ? (
          <p className="text-slate-700">No change in the signals that this work may not suit you.</p>
        ) : (
          <ul className="space-y-2">
            {c.flagsAdded.map((flag) => (
              <li key={`added-${flag.traitId}`} className="flex items-start gap-2 leading-relaxed">
                <Icon name="flag" className="mt-1 size-4 shrink-0 text-red-700" />
                <span>
                  <span className="font-semibold">New:</span> {flag.name} ({flagStrength(flag.strength)})
                </span>
              </li>
            ))}
            {c.flagsRemoved.map((flag) => (
              <li key={`removed-${flag.traitId}`} className="flex items-start gap-2 leading-relaxed">
                <Icon name="check" className="mt-1 size-4 shrink-0 text-emerald-700" />
                <span>
                  <span className="font-semibold">No longer raised:</span> {flag.name}
                </span>
              </li>
            ))}
            {c.flagsChanged.map((flag) => (
              <li key={`changed-${flag.traitId}`} className="flex items-start gap-2 leading-relaxed">
                <Icon name="flag" className="mt-1 size-4 shrink-0 text-amber-700" />
                <span>
                  <span className="font-semibold">Changed:</span> {flag.name} ({flag.before} → {flag.after})
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="compare-readiness" title="Where you are on the path">
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-slate-900">Learning step</dt>
            <dd className="mt-1 leading-relaxed text-slate-800">
              {c.learningStep.changed
                ? `Step ${c.learningStep.before.step} (${c.learningStep.before.focus}) → step ${c.learningStep.after.step} (${c.learningStep.after.focus})`
                : `Unchanged: step ${c.learningStep.after.step} (${c.learningStep.after.focus})`}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">Stage you can reach</dt>
            <dd className="mt-1 leading-relaxed text-slate-800">
              {c.stage.changed ? `${c.stage.before.stage} → ${c.stage.after.stage}` : `Unchanged: ${c.stage.after.stage}`}
            </dd>
          </div>
        </dl>
      </Section>

      <ButtonLink href="/results" variant="secondary">
        <Icon name="arrowLeft" className="size-5 shrink-0" />
        Back to my results
      </ButtonLink>
    </div>
  );
}

function Problem({ children }: { children: React.ReactNode }) {
  return (
    <div className="rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:p-7">
      <p role="alert" className="flex items-start gap-2.5 leading-relaxed text-amber-950">
        <Icon name="alert" className="mt-0.5 size-5 shrink-0 text-amber-800" />
        <span>{children}</span>
      </p>
      <ButtonLink href="/results" variant="secondary" className="mt-5">
        <Icon name="arrowLeft" className="size-5 shrink-0" />
        Back to my results
      </ButtonLink>
    </div>
  );
}
