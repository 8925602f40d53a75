/**
 * The scoring engine: a pure function from a career profile and a person's answers to an
 * explainable result of numbers, ids and parameters (lib/scoring/types.ts). It imports only the
 * profile types and zod, so the server, the API and the browser (what-if) all run this same code;
 * lib/results/describe.ts words the result in a language. The model is explained in docs/scoring.md.
 */
import type { CareerProfile } from "../profiles/schema";
import { parseAnswers, type Answers } from "./answers";
import { indexProfile } from "./profile-index";
import { readAbout } from "./steps/about";
import { pickBand } from "./steps/band";
import { checkQuality } from "./steps/quality";
import { assessReadiness } from "./steps/readiness";
import { buildReceipt } from "./steps/receipt";
import { recommend } from "./steps/recommend";
import { scoreSkills } from "./steps/skills";
import { scoreTemperament } from "./steps/temperament";
import type { ScoredResult, ScoredStrength, ScoredWorkOn } from "./types";

export { pickTrack } from "./steps/readiness";

/** Bump when the model changes in a way that changes any result. Stored with every assessment. */
// 1.1.0: plans by track and market (readiness.track, market roles, US pay by certification); scores and bands unchanged.
export const SCORING_VERSION = "1.1.0";

/** How many strengths and things to work on a result lists. */
const TOP = 3;

/**
 * Scores one person's answers against a career profile. Throws InvalidAnswersError (naming each
 * question) when the answers do not match the profile's questionnaire.
 */
export function scoreAnswers(profile: CareerProfile, input: unknown): ScoredResult {
  return scoreParsed(profile, parseAnswers(profile.questionnaire, input));
}

/** As scoreAnswers, for answers already parsed against the profile's questionnaire. */
export function scoreParsed(profile: CareerProfile, answers: Answers): ScoredResult {
  const index = indexProfile(profile);
  const about = readAbout(index, answers);
  const skills = scoreSkills(profile, index, answers);
  const temperament = scoreTemperament(index, answers);
  const { overall, receipt, components } = buildReceipt(profile, index, about, skills, temperament);
  const band = pickBand(profile, index, overall, temperament.traits);
  const readiness = assessReadiness(profile, index, about, skills.skills);
  const quality = checkQuality(profile, index, answers, skills.skills);

  // Strengths and things to work on, three each.
  const gaps = skills.skills.filter((skill) => skill.gap > 0).sort((a, b) => b.priority - a.priority || b.gap - a.gap);
  const strengths: ScoredStrength[] = [];
  if (about.degree.background.preferred) strengths.push({ kind: "background" });
  for (const trait of band.matched) if (strengths.length < TOP) strengths.push({ kind: "trait", traitId: trait.traitId });
  for (const skill of skills.skills) {
    if (strengths.length >= TOP) break;
    if (skill.attainment >= 1 && skill.importance === "high") strengths.push({ kind: "skill", skillId: skill.skillId });
  }
  const workOn: ScoredWorkOn[] = [];
  for (const flag of band.strongFlags) if (workOn.length < TOP) workOn.push({ kind: "flag", traitId: flag.traitId });
  for (const skill of gaps) {
    if (workOn.length >= TOP) break;
    workOn.push({ kind: "gap", skillId: skill.skillId, level: skill.level, requiredLevel: skill.requiredLevel });
  }

  return {
    profileId: profile.id,
    profileVersion: profile.version,
    questionnaireVersion: profile.questionnaire.version,
    scoringVersion: SCORING_VERSION,
    market: about.market,
    overall,
    band: band.band,
    bandCap: band.capped ? { uncappedBand: band.uncapped, flags: band.strongFlags.map((flag) => flag.traitId) } : null,
    components,
    receipt,
    education: {
      degreeId: about.degree.degreeId,
      backgroundId: about.degree.background.id,
      fitScore: about.degree.score,
      adjustment: about.degree.adjustment,
      preferred: about.degree.background.preferred,
    },
    skills: skills.skills,
    gaps: gaps.map((skill) => skill.skillId),
    strengths,
    workOn,
    traits: {
      all: temperament.traits,
      matched: band.matched.map((signal) => signal.traitId),
      flags: band.flags.map((signal) => ({ traitId: signal.traitId, strength: signal.strength! })),
    },
    readiness: {
      learningStep: { step: readiness.startStep.step, reason: readiness.stepReason },
      stage: { id: profile.progression[readiness.stageIndex]!.id },
      knowledge: skills.knowledge,
      training: about.training,
      codingYears: about.codingYears,
      healthcareYears: about.healthcareYears,
      ...(about.lifeStage === undefined ? {} : { lifeStage: about.lifeStage }),
      track: readiness.track,
      stageRule: readiness.stageRule,
      trackRule: readiness.trackRule,
    },
    quality,
    recommendations: recommend(profile, index, { about, band, readiness, gaps, traits: temperament.traits }),
  };
}
