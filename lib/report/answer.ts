/**
 * The answer block: everything a person needs from the report in the first two phone screens.
 * Score and band in words, a one-line verdict, the three next actions with their time (and cost
 * where the profile knows one), the certification to aim for, one salary line for the stage they
 * can reach and the top things to watch out for. The page, the PDF and the share message all read
 * this one model, so they cannot disagree.
 */
import { marketRoles, preferredDegrees, profileMarket, type BandId, type CareerProfile, type PlanTrack } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/results/types";
import { joinWords } from "./format";
import { resultInMarket } from "./market-words";
import { entryRoute, resultTrack } from "./journey";
import { buildCertifications, buildJourney, buildSalary, marketName, marketPhrase, orderChallenges, similarCareersFor } from "./view";
import { englishReportWords, type ReportWords } from "./words";

export type VerdictId = "go" | "prepare" | "alternatives";

/** Which verdict each band gives. */
export const verdictForBand: Record<BandId, VerdictId> = {
  strong: "go",
  good: "go",
  possible: "prepare",
  "not-natural": "alternatives",
};

/** The one level scale used everywhere outside the receipt: whole levels of 4, in words. */
const LEVEL_SCALE_MAX = 4;

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
export function levelWords(level: number, t: ReportWords = englishReportWords): string {
  const halves = Math.round(Math.min(Math.max(level, 0), LEVEL_SCALE_MAX) * 2);
  if (halves === 0) return t("level.none");
  if (halves % 2 === 0) return t("level.level", { level: String(halves / 2) });
  const low = (halves - 1) / 2;
  return t("level.between", { low: String(low), high: String(low + 1) });
}

/** Skill gaps and strong warnings in plain words, most urgent first (replaces the engine's "from level 1 to 2.5"). */
export function workOnLines(result: AssessmentResult, limit = 3, t: ReportWords = englishReportWords): string[] {
  const lines: string[] = [];
  const names = new Map(result.traits.all.map((signal) => [signal.traitId, signal.name]));
  for (const flag of result.traits.flags) {
    if (flag.strength === "strong" && lines.length < limit) lines.push(t("level.flagLine", { trait: names.get(flag.traitId) ?? flag.traitId }));
  }
  const skills = new Map(result.skills.map((skill) => [skill.skillId, skill]));
  for (const id of result.gaps) {
    if (lines.length >= limit) break;
    const skill = skills.get(id);
    if (skill) lines.push(t("level.gapLine", { skill: skill.name, have: levelWords(skill.level, t), need: levelWords(skill.requiredLevel, t) }));
  }
  return lines;
}

const STILL_TRAINING = new Set(["none", "self-study"]);

function candidateActions(result: AssessmentResult, profile: CareerProfile, track: PlanTrack, t: ReportWords): Record<ActionKind, AnswerAction | null> {
  const { readiness, recommendations } = result;
  const journey = buildJourney(result, profile, t);
  const timeOf = (phase: number) => journey.phases.find((entry) => entry.phase === phase)?.monthsText ?? "";
  const currentPhase = journey.phases.find((phase) => phase.phase === journey.current);
  const route = entryRoute(profile, result.market);
  const school = profileMarket(profile, result.market)?.school;
  // The first credential that can be started now; one that waits for a post or programme is not an action yet.
  const certification = buildCertifications(result, profile, t).find((entry) => !entry.later);
  const project = recommendations.projects[0];
  const reachableRoles = recommendations.firstRoles.roles;
  const path = [...profile.learningPath].sort((a, b) => a.step - b.step);
  const similar = similarCareersFor(result, profile, t);
  const stageIndex = profile.progression.findIndex((stage) => stage.id === readiness.stage.id);
  const nextStage = stageIndex === -1 ? undefined : profile.progression[stageIndex + 1];
  const laterStage = stageIndex === -1 ? undefined : profile.progression[stageIndex + 2];
  const rolesOf = (stage: { id: string }) => joinWords(marketRoles(profile, result.market, stage.id), t);
  /** "Grow into coding specialist roles: …", or the stage alone where the market names no roles for it. */
  const stageTitle = (kind: "grow" | "laterRole", stage: { stage: string; id: string }) => {
    const roles = rolesOf(stage);
    const words = { stage: stage.stage.toLowerCase(), roles };
    return roles ? t(kind === "grow" ? "action.growRoles" : "action.laterRoleRoles", words) : t(kind === "grow" ? "action.grow" : "action.laterRole", words);
  };
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
            {
              title: t("action.learnTitle", { focus: readiness.learningStep.focus }),
              detail: t("action.learnDetail", { step: String(readiness.learningStep.step), total: String(path.length) }),
            },
            track === "school"
              ? t("action.learnAtSchoolTime")
              : currentPhase
                ? t("action.learnTime", { months: currentPhase.monthsText, phase: currentPhase.name.toLowerCase() })
                : "",
          ),
    course:
      stillTraining && route.courseType
        ? action(
            "course",
            { title: t("action.courseTitle", { name: route.courseType.name }), detail: t("action.courseDetail") },
            route.courseType.duration,
          )
        : routePending && route.step && !inProgramme
          ? action("course", { title: route.step.title, detail: route.step.detail }, route.step.time)
          : null,
    "finish-course":
      track === "entry" && readiness.training === "course-in-progress" && (route.courseType || inProgramme)
        ? action("finish-course", { title: t("action.finishCourseTitle"), detail: t("action.finishCourseDetail") }, timeOf(2))
        : null,
    certification:
      certification && track !== "school" && (readiness.training !== "certified" || experienced)
        ? action(
            "certification",
            {
              title: t("action.certificationTitle", { code: certification.code, name: certification.name }),
              detail: t("action.certificationDetail"),
            },
            experienced ? t("action.advancedCertificationTime") : timeOf(3),
          )
        : null,
    project: project
      ? action("project", { title: t("action.projectTitle", { title: project.title }), detail: project.proof }, t("action.projectTime"))
      : null,
    // Someone who already codes for a living knows the day-to-day.
    trial: experienced ? null : action("trial", { title: t("action.trialTitle"), detail: t("action.trialDetail") }, t("action.trialTime")),
    compare: similar.careers.length
      ? action("compare", { title: t("action.compareTitle"), detail: t("action.compareDetail") }, t("action.compareTime"))
      : similar.noneFit
        ? // Short on purpose: the answer block must fit two phone screens; the details view names the dislikes.
          action("compare", { title: t("action.noneFitsTitle"), detail: t("action.noneFitsDetail") }, t("action.noneFitsTime"))
        : null,
    apply:
      track === "entry" && reachableRoles.length && (readiness.training === "certified" || readiness.codingYears >= 1)
        ? action(
            "apply",
            { title: t("action.applyTitle", { roles: joinWords(reachableRoles.slice(0, 2), t) }), detail: t("action.applyDetail") },
            t("action.applyTime"),
          )
        : null,
    "finish-school": track === "school" && school ? action("finish-school", school.finish, t("action.finishSchoolTime")) : null,
    "choose-degree":
      track === "school" && school
        ? action(
            "choose-degree",
            {
              title: school.next.title,
              detail: school.next.listPreferredDegrees
                ? t("action.degreeList", { detail: school.next.detail, degrees: joinWords(preferredDegrees(profile), t) })
                : school.next.detail,
            },
            t("action.chooseDegreeTime"),
          )
        : null,
    grow:
      experienced && nextStage
        ? action(
            "grow",
            { title: stageTitle("grow", nextStage), detail: nextStage.description },
            t("action.growTime", { years: String(nextStage.experienceYears.min) }),
          )
        : null,
    "later-role":
      experienced && laterStage
        ? action(
            "later-role",
            { title: stageTitle("laterRole", laterStage), detail: laterStage.description },
            t("action.growTime", { years: String(laterStage.experienceYears.min) }),
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

export function buildAnswer(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): ReportAnswer {
  result = resultInMarket(result, profile);
  const verdictId = verdictForBand[result.band.id];
  const track = resultTrack(result, profile);
  const candidates = candidateActions(result, profile, track, t);
  const actions = actionOrder(track, verdictId, result.traits.flags, result.readiness.training === "certified")
    .map((kind) => candidates[kind])
    .filter((entry): entry is AnswerAction => entry !== null)
    .slice(0, 3);

  const top = buildCertifications(result, profile, t)[0];
  const certification = top ? { code: top.code, name: top.name, issuer: top.issuer, why: top.reason } : null;

  const salaryView = buildSalary(result, profile, t);
  let salary: ReportAnswer["salary"];
  if (salaryView.kind === "table") {
    const current = salaryView.rows.find((entry) => entry.current);
    const row = current ?? salaryView.rows[0];
    // Without a reachable row the first row is what first jobs pay, not "your stage now": at school,
    // or past the stages a public source gives figures for (UK pay is given for entry posts only).
    const detail = current
      ? t("answer.stageSalary", { stage: current.label })
      : row && salaryView.sources && track !== "school"
        ? t("answer.earlierStageSalary", { stage: row.label })
        : row
          ? t("roles.firstJobSalary", { stage: row.label })
          : "";
    salary = row
      ? { line: `${row.range}${row.monthly ? ` (${row.monthly})` : ""}`, detail, ...sourceLine(salaryView) }
      : { line: null, detail: t("answer.salaryNone", { market: salaryView.marketName }) };
  } else {
    salary = { line: null, detail: t("answer.salaryNone", { market: marketPhrase(result.market, marketName(profile, result.market, t), t) }) };
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
    scoreLine: t("answer.scoreLine", { overall: String(result.overall), band: result.band.label }),
    verdict: {
      id: verdictId,
      title: t(`verdict.${verdictId}.title`),
      // The "look at the alternatives" verdict when every nearby career shares a strong dislike.
      line:
        verdictId === "alternatives" && similarCareersFor(result, profile, t).noneFit
          ? t("verdict.alternativesNoneFits")
          : t(`verdict.${verdictId}.line`),
    },
    actions,
    certification,
    certificationNote:
      certification || result.readiness.training !== "certified"
        ? null
        : track === "experienced"
          ? t("action.noAdvancedCredential", { market: marketPhrase(result.market, marketName(profile, result.market, t), t) })
          : // In place of "no certification is suggested" for someone who already holds one.
            t("action.certificationHeld"),
    salary,
    watchOuts,
  };
}
