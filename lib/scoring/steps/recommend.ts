/**
 * Step 8: the plan, picked by the profile's rules. Every item names why it was chosen (a rule's
 * position, a gap, a flag), and the words layer writes the reason from that.
 */
import { isAdvancedCredential, marketRoles, profileMarket } from "../../profiles/market";
import type { BandId, CareerProfile, MarketId, Training } from "../../profiles/schema";
import type { ProfileIndex } from "../profile-index";
import type { PlanStep, ScoredCertification, ScoredChallenge, ScoredProject, ScoredResult, ScoredSkill, ScoredTrait } from "../types";
import type { About } from "./about";
import type { BandStep } from "./band";
import type { ReadinessStep } from "./readiness";

const STILL_TRAINING: Training[] = ["none", "self-study", "course-in-progress"];

function certificationsFor(index: ProfileIndex, about: About): ScoredCertification[] {
  // Every matching rule, best priority first, one entry per certification.
  const chosen: ScoredCertification[] = [];
  for (const { rule, certification, position } of index.certificationRules) {
    const { when } = rule;
    if (when.markets && !when.markets.includes(about.market)) continue;
    if (when.training && !when.training.includes(about.training)) continue;
    if (when.backgrounds && !when.backgrounds.includes(about.degree.background.id)) continue;
    if (when.minCodingYears !== undefined && about.codingYears < when.minCodingYears) continue;
    if (chosen.some((entry) => entry.id === certification.id)) continue;
    const starts = rule.startsWhen;
    const later =
      starts !== undefined &&
      ((starts.minCodingYears !== undefined && about.codingYears < starts.minCodingYears) ||
        (starts.training !== undefined && !starts.training.includes(about.training)));
    chosen.push({ id: certification.id, rule: position, ...(later ? { later } : {}) });
  }
  // Credentials that can be started now come before those that wait for a post or a programme.
  return chosen.sort((a, b) => Number(a.later ?? false) - Number(b.later ?? false));
}

function projectsFor(profile: CareerProfile, gaps: ScoredSkill[]): ScoredProject[] {
  // Projects that practise the biggest gaps first.
  const gapRank = (skillId: string) => {
    const at = gaps.findIndex((gap) => gap.skillId === skillId);
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  };
  const ranked = profile.content.projects.map((project) => ({
    project,
    rank: Math.min(Number.POSITIVE_INFINITY, ...project.skills.map(gapRank)),
  }));
  ranked.sort((a, b) => a.rank - b.rank);
  return ranked.map(({ project, rank }) => {
    const gap = Number.isFinite(rank) ? gaps[rank] : undefined;
    return { id: project.id, ...(gap ? { gap: { skillId: gap.skillId, level: gap.level, requiredLevel: gap.requiredLevel } } : {}) };
  });
}

function challengesFor(profile: CareerProfile, index: ProfileIndex, flags: Set<string>, unmatched: Set<string>): ScoredChallenge[] {
  // Those tied to a flag or an unmatched good-fit trait, then the general ones, in profile order.
  const challenges: ScoredChallenge[] = [];
  for (const challenge of profile.content.challenges) {
    const byFlag = challenge.relatedTraits.find((trait) => flags.has(trait));
    const byUnmatched = byFlag ? undefined : challenge.relatedTraits.find((trait) => unmatched.has(trait));
    if (!byFlag && !byUnmatched && !index.generalChallenges.has(challenge.id)) continue;
    challenges.push({
      id: challenge.id,
      because: byFlag
        ? { kind: "flag", traitId: byFlag }
        : byUnmatched
          ? { kind: "unmatched", traitId: byUnmatched }
          : { kind: "general" },
    });
  }
  return challenges;
}

export interface RecommendInput {
  about: About;
  band: BandStep;
  readiness: ReadinessStep;
  gaps: ScoredSkill[];
  traits: ScoredTrait[];
}

export function recommend(profile: CareerProfile, index: ProfileIndex, input: RecommendInput): ScoredResult["recommendations"] {
  const { about, band, readiness } = input;
  const { market } = about;
  const certifications = certificationsFor(index, about);
  const flags = new Set(band.flags.map((flag) => flag.traitId));
  const unmatched = new Set(
    input.traits.filter((trait) => trait.kind === "good-fit" && trait.score < profile.scoring.traits.matchedAt).map((trait) => trait.traitId),
  );

  // Titles follow the market (Clinical Coder in the UK). Someone still at school has none to
  // look for yet: the first titles that exist from the current stage on are for later.
  const { stageIndex } = readiness;
  const stage = profile.progression[stageIndex]!;
  const school = readiness.track === "school";
  const hasRoles = (position: number) => {
    const entry = profile.progression[position];
    return entry !== undefined && marketRoles(profile, market, entry.id).length > 0;
  };
  let laterStageId: string | null = null;
  for (let i = school ? stageIndex : stageIndex + 1; i < profile.progression.length && laterStageId === null; i++) {
    if (hasRoles(i)) laterStageId = profile.progression[i]!.id;
  }
  const firstRoles = { stageId: stage.id, nowStageId: school ? null : stage.id, laterStageId };

  // Salary: the market's table, with the rows for the reachable stage marked. Nothing is
  // reachable now from school; US rows also depend on certification.
  const table = index.salaries.get(market);
  const salary = table
    ? {
        market,
        current: table.rows.map((row) => !school && row.stageIds.includes(stage.id) && (!row.training || row.training.includes(about.training))),
      }
    : null;

  const projects = projectsFor(profile, input.gaps);
  const challenges = challengesFor(profile, index, flags, unmatched);
  const similarCareers = profile.recommendations.similarCareersForBands.includes(band.band as BandId)
    ? profile.content.similarCareers.map((career) => career.id)
    : [];

  // Next steps by track. School: finish school, choose what to study, the basics, a trial.
  // Entry: where to start, the course or the market's way in, the certification, a project.
  // Experienced: the next stage, an advanced credential, a project. Poor fits try the work first.
  const plan = profileMarket(profile, market);
  const learningStep: PlanStep = { kind: "learning-step", step: readiness.startStep.step };
  const trial: PlanStep | null = flags.size || school ? { kind: "trial", because: flags.size ? "flags" : "track" } : null;
  // An experienced coder's next credential is an advanced one; the entry ones are behind them.
  const top = certifications.find((entry) => !entry.later && (readiness.track !== "experienced" || isAdvancedCredential(profile, entry.id)));
  const aimFor: PlanStep | null = top ? { kind: "certification", id: top.id } : null;
  const project: PlanStep | null = projects[0] ? { kind: "project", id: projects[0].id } : null;

  const steps: (PlanStep | null)[] = [];
  if (school) {
    if (plan?.school) steps.push({ kind: "school-finish" }, { kind: "school-next", listDegrees: plan.school.next.listPreferredDegrees });
    steps.push(learningStep, trial);
  } else if (readiness.track === "experienced") {
    const next = profile.progression[stageIndex + 1];
    if (next) steps.push({ kind: "grow", stageId: next.id });
    steps.push(aimFor);
    const after = profile.progression[stageIndex + 2];
    if (after) steps.push({ kind: "then", stageId: after.id });
    steps.push(project);
  } else {
    steps.push(learningStep);
    const course = plan?.entryRoute.kind === "course" ? index.courses.get(market as MarketId) : undefined;
    if (course && STILL_TRAINING.includes(about.training)) {
      steps.push({ kind: "course", inProgress: about.training === "course-in-progress" });
    } else if (plan?.entryRoute.step && certifications.some((entry) => entry.later)) {
      // A trainee post or an accredited programme stays the next step until its credential can start.
      steps.push({ kind: "route" });
    }
    steps.push(aimFor, project, trial);
  }
  let nextSteps = steps.filter((step): step is PlanStep => step !== null);
  const trialFirst = band.band === "not-natural" || band.strongFlags.length > 0;
  if (trial && trialFirst && readiness.track !== "experienced") nextSteps = [trial, ...nextSteps.filter((step) => step !== trial)];

  return { nextSteps, certifications, firstRoles, salary, projects, challenges, similarCareers };
}
