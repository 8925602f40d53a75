/**
 * The answer block: everything a person needs from the report in the first two phone screens.
 * Score and band in words, a one-line verdict, the three next actions with their time (and cost
 * where the profile knows one), the certification to aim for, one salary line for the stage they
 * can reach and the top things to watch out for. The page, the PDF and the share message all read
 * this one model, so they cannot disagree.
 */
import { marketRoles, preferredDegrees, profileMarket, type CareerProfile, type PlanTrack } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/results/types";
import { actionWords, answerWords, levelScaleWords, verdictForBand, verdictWords, type VerdictId } from "./answer-words";
import { joinWords } from "./format";
import { resultInMarket } from "./market-words";
import { entryRoute, resultTrack } from "./journey";
import { stageActionWords, stageRoleWords, verdictLineWhenNoneFits } from "./stage-words";
import { buildCertifications, buildJourney, buildSalary, marketName, marketPhrase, orderChallenges, similarCareersFor } from "./view";

export type ActionKind =
  | "learn"
  | "course"
  | "finish-course"
  | "certification"
  | "project"
  | "trial"
  | "compare"
  | "apply"
  | "finish-school"
  | "choose-degree"
  | "grow"
  | "later-role";

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
  /** Said instead of the general "none suggested" when there is no certification (someone who holds one already). */
  certificationNote: string | null;
  /** `source` names the public pages behind the figures where the report shows them (UK pay). */
  salary: { line: string; detail: string | null; source?: string } | { line: null; detail: string; source?: undefined };
  watchOuts: { title: string; reason: string }[];
}

/** The caveat and the public pages behind a salary figure, when the report names them (UK pay). */
function sourceLine(view: { sources?: string; caveat?: string }): { source?: string } {
  if (!view.sources) return {};
  return { source: [view.caveat, view.sources].filter(Boolean).join(" ") };
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

function candidateActions(result: AssessmentResult, profile: CareerProfile, track: PlanTrack): Record<ActionKind, AnswerAction | null> {
  const { readiness, recommendations } = result;
  const journey = buildJourney(result, profile);
  const timeOf = (phase: number) => journey.phases.find((entry) => entry.phase === phase)?.monthsText ?? "";
  const currentPhase = journey.phases.find((phase) => phase.phase === journey.current);
  const route = entryRoute(profile, result.market);
  const school = profileMarket(profile, result.market)?.school;
  // The first credential that can be started now; one that waits for a post or programme is not an action yet.
  const certification = buildCertifications(result, profile).find((entry) => !entry.later);
  const project = recommendations.projects[0];
  const reachableRoles = recommendations.firstRoles.roles;
  const path = [...profile.learningPath].sort((a, b) => a.step - b.step);
  const similar = similarCareersFor(result, profile);
  const stageIndex = profile.progression.findIndex((stage) => stage.id === readiness.stage.id);
  const nextStage = stageIndex === -1 ? undefined : profile.progression[stageIndex + 1];
  const laterStage = stageIndex === -1 ? undefined : profile.progression[stageIndex + 2];
  const rolesOf = (stage: { id: string }) => joinWords(marketRoles(profile, result.market, stage.id));
  const experienced = track === "experienced";

  const action = (kind: ActionKind, words: { title: string; detail: string }, time: string): AnswerAction => ({
    kind,
    ...words,
    time,
    cost: null,
  });
  const stillTraining = track === "entry" && STILL_TRAINING.has(readiness.training);
  // A trainee post or an accredited programme stays the next step until the credential it leads to can start.
  const routePending = track === "entry" && Boolean(route.step) && recommendations.certifications.some((entry) => entry.later);
  const inProgramme = readiness.training === "course-in-progress" && route.kind === "accredited-programme";
  return {
    // An experienced coder's last learning step is the entry one (job- and exam-ready): not their plan.
    learn:
      experienced && readiness.learningStep.step >= path.length
        ? null
        : action(
            "learn",
            actionWords.learn(readiness.learningStep.step, path.length, readiness.learningStep.focus),
            track === "school"
              ? stageActionWords.learnAtSchoolTime
              : currentPhase
                ? actionWords.learnTime(currentPhase.name, currentPhase.monthsText)
                : "",
          ),
    course:
      stillTraining && route.courseType
        ? action("course", actionWords.course(route.courseType.name), route.courseType.duration)
        : routePending && route.step && !inProgramme
          ? action("course", { title: route.step.title, detail: route.step.detail }, route.step.time)
          : null,
    "finish-course":
      track === "entry" && readiness.training === "course-in-progress" && (route.courseType || inProgramme)
        ? action("finish-course", actionWords.finishCourse, timeOf(2))
        : null,
    certification:
      certification && track !== "school" && (readiness.training !== "certified" || experienced)
        ? action(
            "certification",
            actionWords.certification(certification.code, certification.name),
            experienced ? stageActionWords.advancedCertificationTime : timeOf(3),
          )
        : null,
    project: project ? action("project", actionWords.project(project.title, project.proof), actionWords.projectTime) : null,
    // Someone who already codes for a living knows the day-to-day.
    trial: experienced ? null : action("trial", actionWords.trial, actionWords.trialTime),
    compare: similar.careers.length
      ? action("compare", actionWords.compare, actionWords.compareTime)
      : similar.noneFit
        ? action("compare", stageActionWords.noneFits, stageActionWords.noneFitsTime)
        : null,
    apply:
      track === "entry" && reachableRoles.length && (readiness.training === "certified" || readiness.codingYears >= 1)
        ? action("apply", actionWords.apply(joinWords(reachableRoles.slice(0, 2))), actionWords.applyTime)
        : null,
    "finish-school": track === "school" && school ? action("finish-school", school.finish, stageActionWords.finishSchoolTime) : null,
    "choose-degree":
      track === "school" && school
        ? action(
            "choose-degree",
            {
              title: school.next.title,
              detail: school.next.listPreferredDegrees
                ? stageActionWords.degreeList(school.next.detail, joinWords(preferredDegrees(profile)))
                : school.next.detail,
            },
            stageActionWords.chooseDegreeTime,
          )
        : null,
    grow:
      experienced && nextStage
        ? action(
            "grow",
            {
              ...stageActionWords.grow(nextStage.stage, rolesOf(nextStage)),
              detail: nextStage.description,
            },
            stageActionWords.growTime(nextStage.experienceYears.min),
          )
        : null,
    "later-role":
      experienced && laterStage
        ? action(
            "later-role",
            { ...stageActionWords.laterRole(laterStage.stage, rolesOf(laterStage)), detail: laterStage.description },
            stageActionWords.growTime(laterStage.experienceYears.min),
          )
        : null,
  };
}

/** The order of actions for each verdict when entering the career; the first three that apply are shown. */
const ACTION_ORDER: Record<VerdictId, ActionKind[]> = {
  go: ["learn", "finish-course", "course", "certification", "apply", "project"],
  prepare: ["learn", "trial", "finish-course", "course", "certification", "apply", "project"],
  alternatives: ["trial", "compare", "learn", "project"],
};

/** At school: finish it, choose what to study, then the basics. Experienced: grow, an advanced credential. */
const TRACK_ORDER: Record<Exclude<PlanTrack, "entry">, ActionKind[]> = {
  school: ["finish-school", "choose-degree", "learn", "project"],
  experienced: ["grow", "certification", "later-role", "learn", "project"],
};

/**
 * The actions in order. A poor fit (not a natural fit, or a strong not-ideal flag) tries the
 * work first, and with the alternatives verdict compares careers next; anyone with a warning
 * signal tries it early. Experienced coders already know the work.
 */
export function actionOrder(
  track: PlanTrack,
  verdict: VerdictId,
  flags: AssessmentResult["traits"]["flags"],
  certified = false,
): ActionKind[] {
  if (track === "experienced") return TRACK_ORDER.experienced;
  let base = track === "school" ? TRACK_ORDER.school : ACTION_ORDER[verdict].filter((kind) => kind !== "trial" && kind !== "compare");
  if (verdict === "alternatives") return ["trial", "compare", ...base];
  // A certified newcomer's next move is a first job.
  if (certified && track === "entry") base = ["apply", ...base.filter((kind) => kind !== "apply")];
  if (flags.some((flag) => flag.strength === "strong")) return ["trial", ...base];
  // Trying the work comes straight after the first step (after finishing school and choosing a degree at school).
  if (verdict === "prepare" || flags.length) {
    const at = track === "school" ? 2 : 1;
    return [...base.slice(0, at), "trial", ...base.slice(at)];
  }
  return base;
}

export function buildAnswer(result: AssessmentResult, profile: CareerProfile): ReportAnswer {
  result = resultInMarket(result, profile);
  const verdictId = verdictForBand[result.band.id];
  const track = resultTrack(result, profile);
  const candidates = candidateActions(result, profile, track);
  const actions = actionOrder(track, verdictId, result.traits.flags, result.readiness.training === "certified")
    .map((kind) => candidates[kind])
    .filter((entry): entry is AnswerAction => entry !== null)
    .slice(0, 3);

  const top = buildCertifications(result, profile)[0];
  const certification = top ? { code: top.code, name: top.name, issuer: top.issuer, why: top.reason } : null;

  const salaryView = buildSalary(result, profile);
  let salary: ReportAnswer["salary"];
  if (salaryView.kind === "table") {
    const current = salaryView.rows.find((entry) => entry.current);
    const row = current ?? salaryView.rows[0];
    // Without a reachable row the first row is what first jobs pay, not "your stage now": at school,
    // or past the stages a public source gives figures for (UK pay is given for entry posts only).
    const detail = current
      ? answerWords.stageSalary(current.label)
      : row && salaryView.sources && track !== "school"
        ? answerWords.earlierStageSalary(row.label)
        : row
          ? stageRoleWords.firstJobSalary(row.label)
          : "";
    salary = row
      ? { line: `${row.range}${row.monthly ? ` (${row.monthly})` : ""}`, detail, ...sourceLine(salaryView) }
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
    verdict: {
      id: verdictId,
      ...verdictWords[verdictId],
      ...(verdictId === "alternatives" && similarCareersFor(result, profile).noneFit ? { line: verdictLineWhenNoneFits } : {}),
    },
    actions,
    certification,
    certificationNote:
      certification || result.readiness.training !== "certified"
        ? null
        : track === "experienced"
          ? stageActionWords.noAdvancedCredential(marketPhrase(result.market, marketName(profile, result.market)))
          : stageActionWords.certificationHeld,
    salary,
    watchOuts,
  };
}
