/**
 * The answer block: everything a person needs from the report in the first two phone screens.
 * Score and band in words, a one-line verdict, the three next actions with their time (and cost
 * where the profile knows one), the certification to aim for, one salary line for the stage they
 * can reach and the top things to watch out for. The page, the PDF and the share message all read
 * this one model, so they cannot disagree.
 */
import type { CareerProfile } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/scoring";
import { actionWords, answerWords, levelScaleWords, verdictForBand, verdictWords, type VerdictId } from "./answer-words";
import { formatMonths, joinWords } from "./format";
import { buildJourney, buildSalary, marketName, marketPhrase, orderChallenges } from "./view";

export type ActionKind = "learn" | "course" | "finish-course" | "certification" | "project" | "trial" | "compare" | "apply";

export interface AnswerAction {
  kind: ActionKind;
  title: string;
  detail: string;
  time: string;
  /** Only where the profile knows a cost for the person's market; never guessed. */
  cost: string | null;
}

export interface ReportAnswer {
  overall: number;
  band: { id: AssessmentResult["band"]["id"]; label: string; meaning: string };
  /** "74 out of 100: Good fit". */
  scoreLine: string;
  verdict: { id: VerdictId; title: string; line: string };
  actions: AnswerAction[];
  certification: { code: string; name: string; issuer: string; why: string } | null;
  salary: { line: string; detail: string | null } | { line: null; detail: string };
  watchOuts: { title: string; reason: string }[];
}

/** A level on the 0–4 scale in words, to the nearest half level: "level 2 of 4", "between level 2 and 3 of 4". */
export function levelWords(level: number): string {
  const halves = Math.round(Math.min(Math.max(level, 0), levelScaleWords.max) * 2);
  if (halves === 0) return levelScaleWords.none;
  return halves % 2 === 0 ? levelScaleWords.level(halves / 2) : levelScaleWords.between((halves - 1) / 2);
}

/** Skill gaps and strong warnings in plain words, most urgent first (replaces the engine's "from level 1 to 2.5"). */
export function workOnLines(result: AssessmentResult, limit = 3): string[] {
  const lines: string[] = [];
  const names = new Map(result.traits.all.map((signal) => [signal.traitId, signal.name]));
  for (const flag of result.traits.flags) {
    if (flag.strength === "strong" && lines.length < limit) lines.push(levelScaleWords.flagLine(names.get(flag.traitId) ?? flag.traitId));
  }
  const skills = new Map(result.skills.map((skill) => [skill.skillId, skill]));
  for (const id of result.gaps) {
    if (lines.length >= limit) break;
    const skill = skills.get(id);
    if (skill) lines.push(levelScaleWords.gapLine(skill.name, levelWords(skill.level), levelWords(skill.requiredLevel)));
  }
  return lines;
}

const STILL_TRAINING = new Set(["none", "self-study"]);

function candidateActions(result: AssessmentResult, profile: CareerProfile): Record<ActionKind, AnswerAction | null> {
  const { readiness, recommendations } = result;
  const journey = buildJourney(result, profile);
  const currentPhase = journey.phases.find((phase) => phase.phase === journey.current);
  const course = profile.recommendations.courses.find((entry) => entry.markets.includes(result.market));
  const courseType = course ? profile.content.courseTypes.find((type) => type.id === course.courseType) : undefined;
  const certification = recommendations.certifications[0];
  const certificationPhase = profile.content.journey.find((phase) => phase.phase === 3);
  const project = recommendations.projects[0];
  const reachableRoles = recommendations.firstRoles.roles;
  const path = [...profile.learningPath].sort((a, b) => a.step - b.step);

  const action = (kind: ActionKind, words: { title: string; detail: string }, time: string): AnswerAction => ({
    kind,
    ...words,
    time,
    cost: null,
  });
  return {
    learn: action(
      "learn",
      actionWords.learn(readiness.learningStep.step, path.length, readiness.learningStep.focus),
      currentPhase ? actionWords.learnTime(currentPhase.name, currentPhase.monthsText) : "",
    ),
    course:
      courseType && STILL_TRAINING.has(readiness.training) ? action("course", actionWords.course(courseType.name), courseType.duration) : null,
    "finish-course":
      readiness.training === "course-in-progress" && courseType
        ? action("finish-course", actionWords.finishCourse, courseType.duration)
        : null,
    certification:
      certification && readiness.training !== "certified"
        ? action(
            "certification",
            actionWords.certification(certification.code, certification.name),
            certificationPhase ? actionWords.certificationTime(formatMonths(certificationPhase.months)) : "",
          )
        : null,
    project: project ? action("project", actionWords.project(project.title, project.proof), actionWords.projectTime) : null,
    trial: action("trial", actionWords.trial, actionWords.trialTime),
    compare: recommendations.similarCareers.length ? action("compare", actionWords.compare, actionWords.compareTime) : null,
    apply:
      reachableRoles.length && (readiness.training === "certified" || readiness.codingYears >= 1)
        ? action("apply", actionWords.apply(joinWords(reachableRoles.slice(0, 2))), actionWords.applyTime)
        : null,
  };
}

/** The order of actions for each verdict; the first three that apply are shown. */
const ACTION_ORDER: Record<VerdictId, ActionKind[]> = {
  go: ["learn", "finish-course", "course", "certification", "apply", "project"],
  prepare: ["learn", "trial", "finish-course", "course", "certification", "apply", "project"],
  alternatives: ["trial", "compare", "learn", "project"],
};

export function buildAnswer(result: AssessmentResult, profile: CareerProfile): ReportAnswer {
  const verdictId = verdictForBand[result.band.id];
  const candidates = candidateActions(result, profile);
  // A person with warning signals tries the work early whatever the band says.
  const order = result.traits.flags.length && verdictId === "go" ? ["learn", "trial", ...ACTION_ORDER.go.slice(1)] : ACTION_ORDER[verdictId];
  const actions = (order as ActionKind[])
    .map((kind) => candidates[kind])
    .filter((entry): entry is AnswerAction => entry !== null)
    .slice(0, 3);

  const top = result.recommendations.certifications[0];
  const certification = top ? { code: top.code, name: top.name, issuer: top.issuer, why: top.reason } : null;

  const salaryView = buildSalary(result, profile);
  let salary: ReportAnswer["salary"];
  if (salaryView.kind === "table") {
    const row = salaryView.rows.find((entry) => entry.current) ?? salaryView.rows[0];
    salary = row
      ? { line: `${row.range}${row.monthly ? ` (${row.monthly})` : ""}`, detail: answerWords.stageSalary(row.label) }
      : { line: null, detail: answerWords.salaryNone(salaryView.marketName) };
  } else {
    salary = { line: null, detail: answerWords.salaryNone(marketPhrase(result.market, marketName(profile, result.market))) };
  }

  // The reason is shown when it is about this person (a flag or a trait not shown), not for the
  // challenges everyone weighs.
  const general = new Set(profile.recommendations.generalChallenges);
  const flagged = new Set(result.traits.flags.map((flag) => flag.traitId));
  const related = new Map(profile.content.challenges.map((challenge) => [challenge.id, challenge.relatedTraits]));
  const watchOuts = orderChallenges(result, profile)
    .slice(0, 2)
    .map((challenge) => {
      const personal = !general.has(challenge.id) || (related.get(challenge.id) ?? []).some((trait) => flagged.has(trait));
      return { title: challenge.title, reason: personal ? challenge.reason : "" };
    });

  return {
    overall: result.overall,
    band: result.band,
    scoreLine: answerWords.scoreLine(result.overall, result.band.label),
    verdict: { id: verdictId, ...verdictWords[verdictId] },
    actions,
    certification,
    salary,
    watchOuts,
  };
}
