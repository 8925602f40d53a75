/**
 * The short plan and "why we think so" that follow the answer block. Built from the same views
 * as the full details, trimmed to what a person reads on a phone: no weights, no thresholds, no
 * decimals of levels (those stay in the receipt on the details view).
 */
import type { CareerProfile } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/results/types";
import { buildTryWorkSummary, type TryWorkOutcome, type TryWorkSummary } from "@/lib/try-work/outcome";
import { workOnLines } from "./answer";
import { resultInMarket } from "./market-words";
import { buildCertifications, buildComponents, buildJourney, buildLearning, buildRoles, buildSummary, COMPONENT_ORDER } from "./view";
import { englishReportWords, type ReportWords } from "./words";

export interface PlanSummary {
  /** Null for an experienced coder whose skills cover the whole path: their plan is growth (in the answer). */
  learning: { step: number; total: number; focus: string; task: string; output: string; next: { step: number; focus: string }[] } | null;
  journey: { phase: number; total: number; name: string; monthsText: string; reason: string };
  certifications: { code: string; name: string; issuer: string; reason: string; first: boolean }[];
  /** `now` is empty when nothing is reachable yet (at school, before an accredited programme). */
  roles: { now: string[]; later: string[]; stageName: string };
  /** "You tried the work: 2 of 3 · enjoyed it", with a plain note when it was disliked; null when not tried. */
  tryWork?: TryWorkSummary | null;
}

export function buildPlanSummary(
  result: AssessmentResult,
  profile: CareerProfile,
  tryWork: TryWorkOutcome | null = null,
  t: ReportWords = englishReportWords,
): PlanSummary {
  result = resultInMarket(result, profile);
  const learning = buildLearning(result, profile);
  const journey = buildJourney(result, profile, t);
  const current = journey.phases.find((phase) => phase.phase === journey.current);
  const roles = buildRoles(result, profile, t);
  return {
    learning: learning.complete
      ? null
      : {
          step: learning.step,
          total: learning.totalSteps,
          focus: learning.focus,
          task: learning.task,
          output: learning.output,
          next: learning.following.slice(0, 2).map(({ step, focus }) => ({ step, focus })),
        },
    journey: {
      phase: journey.current,
      total: journey.phases.length,
      name: journey.currentName,
      monthsText: current?.monthsText ?? "",
      reason: journey.reason,
    },
    certifications: buildCertifications(result, profile, t)
      .slice(0, 3)
      // "First" here is the one the answer block shows, even when it is taken later (the NCCQ).
      .map(({ code, name, issuer, reason }, index) => ({ code, name, issuer, reason, first: index === 0 })),
    roles: { now: roles.roles, later: roles.later, stageName: roles.stageName },
    tryWork: buildTryWorkSummary(tryWork),
  };
}

export interface WhySummary {
  parts: { id: string; label: string; score: number; description: string }[];
  strengths: string[];
  workOn: string[];
  confidence: { level: "high" | "medium" | "low"; label: string; note: string; knowledge: string };
}

export function buildWhySummary(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): WhySummary {
  result = resultInMarket(result, profile);
  const summary = buildSummary(result, profile, t);
  const components = new Map(buildComponents(result, profile, t).map((component) => [component.id, component]));
  const goodFit = profile.traits.filter((trait) => trait.kind === "good-fit").length;
  // What each part measures, in plain words (the details view has the exact shares and points).
  const meaning: Record<(typeof COMPONENT_ORDER)[number], string> = {
    education: t("why.partMeaning.education", { degree: result.education.degree }),
    skills: t("why.partMeaning.skills", { count: String(result.skills.length) }),
    temperament: t("why.partMeaning.temperament", { goodFit: String(goodFit), notIdeal: String(profile.traits.length - goodFit) }),
  };
  return {
    parts: COMPONENT_ORDER.map((id) => {
      const component = components.get(id)!;
      return { id, label: component.label, score: Math.round(component.score), description: meaning[id] };
    }),
    strengths: summary.strengths,
    workOn: workOnLines(result, 3, t),
    confidence: {
      level: summary.confidence.level,
      label: summary.confidence.label,
      note: summary.confidence.note,
      knowledge: summary.confidence.knowledge,
    },
  };
}
