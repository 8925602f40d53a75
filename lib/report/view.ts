/**
 * Turns a stored result and its career profile into everything the report page shows. The JSX
 * only lays this out; every choice (order, wording, what is highlighted) is made here, so it can
 * be tested without rendering. Lookups by id tolerate a profile that has moved on since the
 * result was stored: a missing name falls back to what the result itself carries.
 *
 * Every builder takes the report's translator last (`useTranslations("report")`,
 * `pageWords(locale, "report")`) with the profile in the same language (`profileIn`); left out,
 * the report is worded in English.
 */
import { isAdvancedCredential, marketRoles, type BandId, type CareerProfile, type MarketId } from "@/lib/profiles";
import type { ComponentId } from "@/lib/scoring";
import type { AssessmentResult, CertificationAdvice } from "@/lib/results/types";
import { describeAnswers, type AnswerView } from "./answers";
import { resultInMarket } from "./market-words";
import { curlyQuotes, formatPoints, formatScore, formatWeight, formatYears } from "./format";
import { clampPhase, entryRoute, phaseActivities, phaseTime, planPosition, resultTrack, routeKey } from "./journey";
import { sourcedSalaryTable } from "./sourced-salary";
import { buildSkillRows, type SkillRowView } from "./skills";
import { englishReportWords, type ReportWords } from "./words";

export const COMPONENT_ORDER: ComponentId[] = ["education", "skills", "temperament"];

/* ------------------------------------------------------------------------------------------ */
/* Summary                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export interface SummaryView {
  overall: number;
  band: { id: BandId; label: string; meaning: string; range: string };
  bandCap: { reason: string; uncappedLabel: string } | null;
  confidence: {
    level: "high" | "medium" | "low";
    label: string;
    note: string;
    warnings: string[];
    /** "5 of 6": knowledge-check answers right. */
    knowledge: string;
  };
  strengths: string[];
  workOn: string[];
}

/** "60–74" for a band, from the profile's cut-offs. */
export function bandRange(profile: CareerProfile, bandId: BandId): string {
  const bands = [...profile.scoring.bands].sort((a, b) => b.min - a.min);
  const position = bands.findIndex((band) => band.id === bandId);
  if (position === -1) return "";
  const band = bands[position]!;
  const above = bands[position - 1];
  return `${band.min}–${above ? above.min - 1 : 100}`;
}

export function buildSummary(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): SummaryView {
  result = resultInMarket(result, profile);
  const uncapped = result.bandCap ? profile.scoring.bands.find((band) => band.id === result.bandCap!.uncappedBand) : undefined;
  return {
    overall: result.overall,
    band: { ...result.band, range: bandRange(profile, result.band.id) },
    bandCap: result.bandCap ? { reason: curlyQuotes(result.bandCap.reason), uncappedLabel: uncapped?.label ?? result.bandCap.uncappedBand } : null,
    confidence: {
      level: result.quality.confidence,
      label: t(`summary.confidence.${result.quality.confidence}`),
      note: result.quality.note,
      warnings: result.quality.warnings.map((warning) => curlyQuotes(warning.message)),
      knowledge: t("summary.knowledge", {
        correct: String(result.readiness.knowledge.correct),
        total: String(result.readiness.knowledge.total),
      }),
    },
    strengths: result.strengths,
    workOn: result.workOn,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Components and the receipt                                                                  */
/* ------------------------------------------------------------------------------------------ */

export interface ComponentView {
  id: ComponentId;
  label: string;
  score: number;
  scoreText: string;
  weightText: string;
  pointsText: string;
  maxPointsText: string;
  /** What the component measures, for this person. */
  description: string;
  /** For the bar's role="img". */
  ariaLabel: string;
}

export function buildComponents(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): ComponentView[] {
  const goodFit = profile.traits.filter((trait) => trait.kind === "good-fit").length;
  const notIdeal = profile.traits.length - goodFit;
  const { education } = result;
  const descriptions: Record<ComponentId, string> = {
    education:
      education.degree === education.background
        ? t("components.educationSame", { degree: education.degree, score: formatScore(education.fitScore) })
        : t("components.educationCounted", { degree: education.degree, background: education.background, score: formatScore(education.fitScore) }),
    skills: t("components.skills", { count: String(result.skills.length) }),
    temperament: t("components.temperament", { goodFit: String(goodFit), notIdeal: String(notIdeal) }),
  };
  return COMPONENT_ORDER.map((id) => {
    const component = result.components[id];
    const scoreText = formatScore(component.score);
    const weightText = formatWeight(component.weight);
    return {
      id,
      label: component.label,
      score: Math.min(Math.max(component.score, 0), 100),
      scoreText,
      weightText,
      pointsText: formatPoints(component.points),
      maxPointsText: formatPoints(component.weight * 100),
      description: descriptions[id],
      ariaLabel: t("components.ariaLabel", { label: component.label, score: scoreText }),
    };
  });
}

export interface ReceiptLineView {
  key: string;
  /** "Skill", "Good-fit trait", "Education". */
  kind: string;
  name: string;
  weightText: string;
  pointsText: string;
  maxPointsText: string;
  /** True when the line earned every point it could. */
  full: boolean;
  explanation: string;
  answers: AnswerView[];
}

export interface ReceiptGroupView {
  id: ComponentId;
  label: string;
  weightText: string;
  pointsText: string;
  maxPointsText: string;
  lines: ReceiptLineView[];
}

export interface ReceiptView {
  groups: ReceiptGroupView[];
  lineCount: number;
  totalPointsText: string;
  overall: number;
  /** "22.0 + 22.3 + 41.7 = 86" */
  equation: string;
  /** Whether the lines really add up to the overall score (they always should). */
  addsUp: boolean;
}

function splitFactor(factor: string, component: ComponentId, t: ReportWords): { kind: string; name: string } {
  const colon = factor.indexOf(": ");
  if (colon === -1) return { kind: component === "education" ? t("components.educationKind") : "", name: factor };
  return { kind: factor.slice(0, colon), name: factor.slice(colon + 2) };
}

export function buildReceipt(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): ReceiptView {
  result = resultInMarket(result, profile);
  const groups: ReceiptGroupView[] = COMPONENT_ORDER.map((id) => {
    const component = result.components[id];
    const lines = result.receipt
      .filter((line) => line.component === id)
      .map((line, index) => {
        const { kind, name } = splitFactor(line.factor, id, t);
        // Within the Skills and Education groups the kind repeats the heading; traits need it (good-fit or not-ideal).
        return {
          key: `${id}-${line.factorId}-${index}`,
          kind: id === "temperament" ? kind : "",
          name,
          weightText: formatWeight(line.weight),
          pointsText: formatPoints(line.points),
          maxPointsText: formatPoints(line.maxPoints),
          full: line.points >= line.maxPoints,
          explanation: curlyQuotes(line.explanation),
          answers: describeAnswers(profile, line.answers, result.market, t),
        };
      });
    return {
      id,
      label: component.label,
      weightText: formatWeight(component.weight),
      pointsText: formatPoints(component.points),
      maxPointsText: formatPoints(component.weight * 100),
      lines,
    };
  });
  // Sum in tenths so floating point never shows 85.99999.
  const tenths = result.receipt.reduce((sum, line) => sum + Math.round(line.points * 10), 0);
  const componentTenths = COMPONENT_ORDER.map((id) => Math.round(result.components[id].points * 10));
  return {
    groups,
    lineCount: result.receipt.length,
    totalPointsText: formatPoints(tenths / 10),
    overall: result.overall,
    equation: `${componentTenths.map((value) => formatPoints(value / 10)).join(" + ")} = ${result.overall}`,
    addsUp: tenths === result.overall * 10,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Fit signals                                                                                  */
/* ------------------------------------------------------------------------------------------ */

export interface TraitView {
  id: string;
  name: string;
  description: string;
  dayToDay: string;
  /** "Shown at 100%". */
  scoreText: string;
  strength?: "raised" | "strong";
  strengthLabel?: string;
  answers: AnswerView[];
}

export interface SignalsView {
  matched: TraitView[];
  flags: TraitView[];
  /** Good-fit traits the answers did not clearly show. */
  unmatched: string[];
  goodFitTotal: number;
  notIdealTotal: number;
  thresholds: { matched: string; raised: string; strong: string };
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export function buildSignals(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): SignalsView {
  const traits = new Map(profile.traits.map((trait) => [trait.id, trait]));
  const signals = new Map(result.traits.all.map((signal) => [signal.traitId, signal]));
  const view = (traitId: string, strength?: "raised" | "strong"): TraitView => {
    const trait = traits.get(traitId);
    const signal = signals.get(traitId);
    return {
      id: traitId,
      name: trait?.name ?? signal?.name ?? traitId,
      description: trait?.description ?? "",
      dayToDay: trait?.dayToDay ?? "",
      scoreText: t("signals.shownAt", { percent: percent(signal?.score ?? 0) }),
      strength,
      strengthLabel: strength ? t(`signals.${strength}`) : undefined,
      answers: describeAnswers(profile, signal?.answers ?? [], result.market, t),
    };
  };
  const matched = new Set(result.traits.matched);
  return {
    matched: result.traits.matched.map((id) => view(id)),
    flags: result.traits.flags.map((flag) => view(flag.traitId, flag.strength)),
    unmatched: result.traits.all
      .filter((signal) => signal.kind === "good-fit" && !matched.has(signal.traitId))
      .map((signal) => traits.get(signal.traitId)?.name ?? signal.name),
    goodFitTotal: result.traits.all.filter((signal) => signal.kind === "good-fit").length,
    notIdealTotal: result.traits.all.filter((signal) => signal.kind === "not-ideal").length,
    thresholds: {
      matched: percent(profile.scoring.traits.matchedAt),
      raised: percent(profile.scoring.traits.flagRaisedAt),
      strong: percent(profile.scoring.traits.flagStrongAt),
    },
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Next steps                                                                                  */
/* ------------------------------------------------------------------------------------------ */

export interface LearningView {
  step: number;
  totalSteps: number;
  focus: string;
  task: string;
  output: string;
  reason: string;
  done: { step: number; focus: string }[];
  following: { step: number; focus: string; output: string }[];
  /** An experienced coder at the last (job- and exam-ready) step: the path is behind them. */
  complete: boolean;
}

export function buildLearning(result: AssessmentResult, profile: CareerProfile): LearningView {
  result = resultInMarket(result, profile);
  const current = result.readiness.learningStep;
  const path = [...profile.learningPath].sort((a, b) => a.step - b.step);
  return {
    ...current,
    totalSteps: path.length,
    complete: resultTrack(result, profile) === "experienced" && current.step >= (path.at(-1)?.step ?? 0),
    done: path.filter((step) => step.step < current.step).map((step) => ({ step: step.step, focus: step.focus })),
    following: path
      .filter((step) => step.step > current.step)
      .map((step) => ({ step: step.step, focus: step.focus, output: step.output })),
  };
}

export type StepStatus = "done" | "current" | "ahead";

export interface JourneyPhaseView {
  phase: number;
  name: string;
  /** When the phase happens, from the one timeline in the person's market ("3–6 months"). */
  monthsText: string;
  activities: string[];
  result: string;
  status: StepStatus;
}

export interface JourneyView {
  phases: JourneyPhaseView[];
  current: number;
  currentName: string;
  reason: string;
}

/** The journey in the person's market and at their stage: its activities, one timeline, where they are. */
export function buildJourney(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): JourneyView {
  const phases = [...profile.content.journey].sort((a, b) => a.phase - b.phase);
  const track = resultTrack(result, profile);
  const { readiness, market } = result;
  const position = planPosition(track, readiness.training, readiness.codingYears, t);
  const current = clampPhase(
    position.phase,
    phases.map((phase) => phase.phase),
  );
  return {
    phases: phases.map((phase) => ({
      phase: phase.phase,
      name: phase.name,
      monthsText: phaseTime(phase, profile, market, track, t),
      activities: phaseActivities(phase, profile, market, readiness.lifeStage, track === "school" && phase.phase === current),
      result: phase.result,
      status: phase.phase < current ? "done" : phase.phase === current ? "current" : "ahead",
    })),
    current,
    currentName: phases.find((phase) => phase.phase === current)?.name ?? "",
    reason: position.reason,
  };
}

/** A recommended certification as the report shows it: the result's advice and where it stands. */
export interface CertificationView extends CertificationAdvice {
  focus?: string;
  /** The first, best-priority recommendation, when it can be started now. */
  first: boolean;
  /** When a certification taken later (inside a trainee post, after a programme) comes, in words. */
  laterNote?: string;
}

/**
 * The certifications that suit the person, best first. An experienced coder sees only the
 * advanced ones; a credential that waits for a post or a programme is never "start with this".
 */
export function buildCertifications(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): CertificationView[] {
  const catalogue = new Map(profile.content.certifications.map((certification) => [certification.id, certification]));
  const experienced = resultTrack(result, profile) === "experienced";
  const route = entryRoute(profile, result.market).kind;
  return result.recommendations.certifications
    .filter((certification) => !experienced || isAdvancedCredential(profile, certification.id))
    .map((certification, index) => ({
      ...certification,
      focus: catalogue.get(certification.id)?.focus,
      first: index === 0 && !certification.later,
      ...(certification.later ? { laterNote: t(`journey.laterCertification.${routeKey[route]}`) } : {}),
    }));
}


export interface ProgressionStageView {
  id: string;
  stage: string;
  roles: string[];
  yearsText: string;
  description: string;
  status: StepStatus;
}

export interface RolesView {
  roles: string[];
  later: string[];
  reason: string;
  stageName: string;
  stageReason: string;
  /** Said instead of the titles to look for now when none are reachable yet (at school, before a programme). */
  noneNow: string | null;
  stages: ProgressionStageView[];
}

/**
 * Job titles now and later, and the career ladder, in the person's market (Clinical Coder in the
 * UK). Someone still at school has nothing to apply for yet: no stage is marked reachable.
 */
export function buildRoles(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): RolesView {
  const school = resultTrack(result, profile) === "school";
  const reachable = school ? -1 : profile.progression.findIndex((stage) => stage.id === result.readiness.stage.id);
  const name = marketName(profile, result.market, t);
  const { firstRoles } = result.recommendations;
  return {
    ...firstRoles,
    stageName: result.readiness.stage.stage,
    stageReason: school ? t("roles.schoolReason") : result.readiness.stage.reason,
    noneNow: firstRoles.roles.length ? null : t("roles.noneNow"),
    stages: profile.progression.map((stage, index) => {
      const roles = marketRoles(profile, result.market, stage.id);
      return {
        id: stage.id,
        stage: stage.stage,
        roles: roles.length ? roles : [t("roles.noTitles", { market: marketPhrase(result.market, name, t) })],
        yearsText: formatYears(stage.experienceYears, t),
        description: stage.description,
        status: reachable === -1 ? "ahead" : index < reachable ? "done" : index === reachable ? "current" : "ahead",
      };
    }),
  };
}

export type SalaryView =
  | {
      kind: "table";
      currency: "INR" | "USD" | "GBP";
      currencyName: string;
      marketName: string;
      rows: { label: string; range: string; monthly?: string; current: boolean }[];
      reason: string;
      note: string;
      /** The public pages behind the figures, named where the figures are shown (UK rows). */
      sources?: string;
      /** What the figures do not cover, said beside them (UK: trusts band posts differently). */
      caveat?: string;
    }
  | { kind: "none"; marketName: string; marketPhrase: string; roleTitle: string; notes: string; message: string };

/** A market's name as it reads in a sentence: "the United Kingdom", "Canada", "your market". */
export function marketPhrase(market: MarketId, name: string, t: ReportWords = englishReportWords): string {
  if (market === "other") return t("market.yours");
  // The English name is the test: a translated name is used as it is (Hindi's "the" is the name itself).
  return /^United /.test(englishMarketName(market) ?? name) ? t("market.the", { name }) : name;
}

const marketIds = new Set<string>(["india", "usa", "uk", "canada", "other"] satisfies MarketId[]);

/** The English name the report's messages give a market, or undefined for one they do not know. */
function englishMarketName(market: string): string | undefined {
  return marketIds.has(market) ? englishReportWords(`market.names.${market as MarketId}`) : undefined;
}

/**
 * A market's name in the report's language. The profile's names are English only, so the
 * messages name the markets they know (the same names in English); any other keeps the profile's.
 */
export function marketName(profile: CareerProfile, market: MarketId, t: ReportWords = englishReportWords): string {
  const entry = profile.content.markets.find((candidate) => candidate.id === market);
  if (!entry) return market;
  return marketIds.has(market) ? t(`market.names.${market}`) : entry.name;
}

export function buildSalary(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): SalaryView {
  const market = profile.content.markets.find((entry) => entry.id === result.market);
  const name = marketName(profile, result.market, t);
  const salary = result.recommendations.salary;
  if (salary) {
    return {
      kind: "table",
      currency: salary.currency,
      currencyName: t(salary.currency === "INR" ? "salary.currencyName.inr" : "salary.currencyName.usd"),
      marketName: name,
      rows: salary.rows,
      reason: salary.reason,
      note: salary.note,
    };
  }
  const sourced = sourcedSalaryTable(result, profile, t);
  if (sourced) return { kind: "table", marketName: name, ...sourced };
  const phrase = marketPhrase(result.market, name, t);
  return {
    kind: "none",
    marketName: name,
    marketPhrase: phrase,
    roleTitle: market?.roleTitle ?? profile.title,
    notes: market?.notes ?? "",
    message: t("salary.none", { market: phrase }),
  };
}

/** Challenges tied to a flag first, then to a trait not clearly shown, then the general ones. */
export function orderChallenges(result: AssessmentResult, profile: CareerProfile): AssessmentResult["recommendations"]["challenges"] {
  const flagged = new Set(result.traits.flags.map((flag) => flag.traitId));
  const matched = new Set(result.traits.matched);
  const unmatched = new Set(
    result.traits.all.filter((signal) => signal.kind === "good-fit" && !matched.has(signal.traitId)).map((signal) => signal.traitId),
  );
  const related = new Map(profile.content.challenges.map((challenge) => [challenge.id, challenge.relatedTraits]));
  const rank = (id: string) => {
    const traits = related.get(id) ?? [];
    if (traits.some((trait) => flagged.has(trait))) return 0;
    if (traits.some((trait) => unmatched.has(trait))) return 1;
    return 2;
  };
  return result.recommendations.challenges
    .map((challenge, position) => ({ challenge, position, rank: rank(challenge.id) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ challenge }) => ({ ...challenge, reason: curlyQuotes(challenge.reason) }));
}

export interface SimilarCareerView {
  id: string;
  title: string;
  shares: string;
  differs: string;
  reason: string;
}

export interface SimilarCareersView {
  careers: SimilarCareerView[];
  /** Said plainly when careers were offered but every one shares a strongly flagged dislike. */
  noneFit: string | null;
}

/**
 * Similar careers that respect the person's dislikes. A career that shares a strongly flagged
 * not-ideal trait (by our reading in the profile: billing is desk work too) is left out; one
 * that shares a raised flag stays, with that said. If none is left, the view says so.
 */
export function similarCareersFor(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): SimilarCareersView {
  const careers = new Map(profile.content.similarCareers.map((career) => [career.id, career]));
  const strong = new Set(result.traits.flags.filter((flag) => flag.strength === "strong").map((flag) => flag.traitId));
  const raised = new Set(result.traits.flags.filter((flag) => flag.strength === "raised").map((flag) => flag.traitId));
  const offered = result.recommendations.similarCareers;
  const kept: SimilarCareerView[] = [];
  for (const career of offered) {
    const known = careers.get(career.id);
    const shared = known?.ourReading?.sharesNotIdeal ?? [];
    if (shared.some((trait) => strong.has(trait))) continue;
    const caution = known?.ourReading && shared.some((trait) => raised.has(trait)) ? t("similar.caution", { why: known.ourReading.why }) : "";
    kept.push({
      id: career.id,
      title: career.title,
      shares: known?.shares ?? career.detail,
      differs: known?.differs ?? "",
      reason: caution ? `${career.reason} ${caution}` : career.reason,
    });
  }
  const names = new Map(result.traits.all.map((signal) => [signal.traitId, signal.name]));
  const flagged = [...strong].map((trait) => (names.get(trait) ?? trait).toLowerCase()).join("; ");
  return { careers: kept, noneFit: offered.length && !kept.length ? t("similar.noneFit", { flags: flagged }) : null };
}

/** Similar careers with what they share and how they differ, from the profile when it still has them. */
export function buildSimilarCareers(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): SimilarCareerView[] {
  return similarCareersFor(result, profile, t).careers;
}

export interface NextStepsView {
  steps: AssessmentResult["recommendations"]["nextSteps"];
  learning: LearningView;
  journey: JourneyView;
  certifications: CertificationView[];
  roles: RolesView;
  salary: SalaryView;
  projects: AssessmentResult["recommendations"]["projects"];
  challenges: AssessmentResult["recommendations"]["challenges"];
  similarCareers: SimilarCareerView[];
  /** Why no similar career is shown although the band offers them (all share a strong dislike). */
  similarCareersNote: string | null;
}

export function buildNextSteps(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): NextStepsView {
  const { recommendations } = result;
  const similar = similarCareersFor(result, profile, t);
  return {
    steps: recommendations.nextSteps,
    learning: buildLearning(result, profile),
    journey: buildJourney(result, profile, t),
    certifications: buildCertifications(result, profile, t),
    roles: buildRoles(result, profile, t),
    salary: buildSalary(result, profile, t),
    projects: recommendations.projects,
    challenges: orderChallenges(result, profile),
    similarCareers: similar.careers,
    similarCareersNote: similar.noneFit,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* The whole report                                                                             */
/* ------------------------------------------------------------------------------------------ */

export interface ReportView {
  careerTitle: string;
  marketName: string;
  summary: SummaryView;
  components: ComponentView[];
  receipt: ReceiptView;
  signals: SignalsView;
  skills: SkillRowView[];
  nextSteps: NextStepsView;
  versions: { profile: string; scoring: string; questionnaire: string };
}

export function buildReportView(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): ReportView {
  // Skill names as the person's market reads them (OPCS-4 in the UK, CCI in Canada), once for every part.
  result = resultInMarket(result, profile);
  return {
    careerTitle: profile.title,
    marketName: marketName(profile, result.market, t),
    summary: buildSummary(result, profile, t),
    components: buildComponents(result, profile, t),
    receipt: buildReceipt(result, profile, t),
    signals: buildSignals(result, profile, t),
    skills: buildSkillRows(result, profile, t),
    nextSteps: buildNextSteps(result, profile, t),
    versions: { profile: result.profileVersion, scoring: result.scoringVersion, questionnaire: result.questionnaireVersion },
  };
}
