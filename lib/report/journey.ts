/**
 * Where a person is on the five-phase journey (profile content `journey`), from their track,
 * training and years of coding work, and the one timeline those phases follow in their market.
 * Kept apart so the rules are easy to read and test.
 */
import { profileMarket, type CareerProfile, type MarketId, type PlanTrack, type ProfileMarket, type Training } from "@/lib/profiles";
import { pickTrack } from "@/lib/scoring";
import type { AssessmentResult } from "@/lib/results/types";
import { formatMonths } from "./format";
import { englishReportWords, type ReportWords } from "./words";

export type EntryRouteKind = ProfileMarket["entryRoute"]["kind"];

/** The message key of each way in ("trainee-post" → "traineePost"). */
export const routeKey = { course: "course", "trainee-post": "traineePost", "accredited-programme": "accreditedProgramme" } as const satisfies Record<
  EntryRouteKind,
  string
>;

export interface JourneyPosition {
  /** The phase number (1–5) the person is in now. */
  phase: number;
  /** One sentence on why, shown next to the "You are here" marker. */
  reason: string;
}

/** Coding years from which a person counts as in the career-growth phase. */
export const GROWTH_PHASE_CODING_YEARS = 3;

/**
 * Phase 1 (foundation) with no training or self-study; 2 (formal training) with a course in
 * progress; 3 (certification) with a course completed; 4 (first job and experience) once
 * certified, or with a completed course and a year of coding; 5 (career growth) with 3+ years.
 */
export function journeyPosition(training: Training, codingYears: number, t: ReportWords = englishReportWords): JourneyPosition {
  if (codingYears >= GROWTH_PHASE_CODING_YEARS) {
    return { phase: 5, reason: t("journey.position.growth") };
  }
  switch (training) {
    case "none":
      return { phase: 1, reason: t("journey.position.none") };
    case "self-study":
      return { phase: 1, reason: t("journey.position.selfStudy") };
    case "course-in-progress":
      return { phase: 2, reason: t("journey.position.courseInProgress") };
    case "course-completed":
      return codingYears >= 1
        ? { phase: 4, reason: t("journey.position.courseCompletedExperienced") }
        : { phase: 3, reason: t("journey.position.courseCompleted") };
    case "certified":
      return { phase: 4, reason: t("journey.position.certified") };
  }
}

/** Clamps a phase to the phases the profile actually has. */
export function clampPhase(phase: number, phases: number[]): number {
  if (!phases.length) return phase;
  const sorted = [...phases].sort((a, b) => a - b);
  if (phase < sorted[0]!) return sorted[0]!;
  if (phase > sorted.at(-1)!) return sorted.at(-1)!;
  return phase;
}

/** The plan's track: stored with the result, or placed by the profile's rules for an older one. */
export function resultTrack(result: AssessmentResult, profile: CareerProfile): PlanTrack {
  const { readiness } = result;
  return (
    readiness.track ??
    pickTrack(profile, { lifeStage: readiness.lifeStage, training: readiness.training, codingYears: readiness.codingYears }).track
  );
}

/**
 * The journey position for a plan: phase 1 for someone still at school, phase 5 (career growth)
 * for a certified coder with experience, otherwise by training and coding years as above.
 */
export function planPosition(track: PlanTrack, training: Training, codingYears: number, t: ReportWords = englishReportWords): JourneyPosition {
  if (track === "school") return { phase: 1, reason: t("journey.position.school") };
  if (track === "experienced") return { phase: 5, reason: t("journey.position.experienced") };
  return journeyPosition(training, codingYears, t);
}

type JourneyPhase = CareerProfile["content"]["journey"][number];

/** The market's way in and, for a course, its course type (the same look-up the engine makes). */
export function entryRoute(profile: CareerProfile, market: MarketId) {
  const entry = profileMarket(profile, market);
  const kind: EntryRouteKind = entry?.entryRoute.kind ?? "course";
  const rule = kind === "course" ? profile.recommendations.courses.find((course) => course.markets.includes(market)) : undefined;
  const courseType = rule ? profile.content.courseTypes.find((type) => type.id === rule.courseType) : undefined;
  return { kind, step: entry?.entryRoute.step, courseType };
}

/**
 * One timeline for the phases, in the person's market: phase 1 up to the profile's months (or
 * while at school), 2 the market's course or route, 3 the credential, 4 the first job, 5 growth.
 * Every time the report shows (journey, plan, actions) comes from here.
 */
export function phaseTime(
  phase: JourneyPhase,
  profile: CareerProfile,
  market: MarketId,
  track: PlanTrack,
  t: ReportWords = englishReportWords,
): string {
  const route = entryRoute(profile, market);
  switch (phase.phase) {
    case 1:
      // The profile gives phase 1 as months 0–6 (source 002).
      return track === "school"
        ? t("journey.timeline.foundationAtSchool")
        : t("journey.timeline.foundation", { months: String(phase.months.max ?? phase.months.min) });
    case 2:
      // The training phase takes the market's course length (courseTypes), so the journey and the course action agree.
      if (route.kind === "course") return route.courseType ? route.courseType.duration : formatMonths(phase.months, t);
      return route.kind === "trainee-post" ? t("journey.timeline.trainingTraineePost") : t("journey.timeline.trainingAccreditedProgramme");
    case 3:
      // The sources give no figure: preparation "may add time depending on study pace" (002).
      return t(`journey.timeline.certification${route.kind === "course" ? "Course" : route.kind === "trainee-post" ? "TraineePost" : "AccreditedProgramme"}`);
    case 4:
      return t("journey.timeline.firstJob");
    case 5:
      return t("journey.timeline.growth");
    default:
      return formatMonths(phase.months, t);
  }
}

/**
 * A phase's activities for this person: everyone's, then those for their market and life stage.
 * Someone still at school sees finishing school first in the phase they are in.
 */
export function phaseActivities(
  phase: JourneyPhase,
  profile: CareerProfile,
  market: MarketId,
  lifeStage: string | undefined,
  schoolFirst: boolean,
): string[] {
  const targeted = (phase.activitiesFor ?? [])
    .filter((activity) => !activity.markets || activity.markets.includes(market))
    .filter((activity) => !activity.lifeStages || (lifeStage !== undefined && activity.lifeStages.includes(lifeStage)))
    .map((activity) => activity.text);
  const finish = schoolFirst ? profileMarket(profile, market)?.school?.finish.title : undefined;
  return [...(finish ? [finish] : []), ...phase.activities, ...targeted];
}
