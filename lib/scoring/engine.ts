/**
 * The scoring engine: a pure function from a career profile and a person's answers to an
 * explainable result. It imports only the profile types and zod, so the server, the API and the
 * browser (what-if) all run this same code. The model is explained in docs/scoring.md.
 */
import { isAdvancedCredential, marketRoles, preferredDegrees, profileMarket } from "../profiles/market";
import type { BandId, CareerProfile, MarketId, PlanTrack, Training } from "../profiles/schema";
import { parseAnswers } from "./answers";
import { indexProfile, type ProfileIndex } from "./profile-index";
import type {
  AssessmentResult,
  CertificationAdvice,
  ComponentId,
  Evidence,
  QualityWarning,
  ReceiptLine,
  Recommendation,
  SkillAssessment,
  TraitSignal,
} from "./types";

/** Bump when the model changes in a way that changes any result. Stored with every assessment. */
// 1.1.0: plans by track and market (readiness.track, market roles, US pay by certification); scores and bands unchanged.
export const SCORING_VERSION = "1.1.0";

const AGREEMENT_MIN = 1;
const AGREEMENT_MAX = 5;
/** On the 1–5 agreement scale, answers at or beyond these count as agreeing or disagreeing. */
const AGREES = 4;
const DISAGREES = 2;

/** Puts a value on 0–1 by (value − min) / (max − min), as O*NET does with its scales. */
function normalise(value: number, min: number, max: number): number {
  return (value - min) / (max - min);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Largest-remainder rounding: each line's points to one decimal place such that the lines add
 * up exactly to the rounded overall score, so the receipt never disagrees with the headline.
 */
function apportion(raw: number[], total: number): number[] {
  const target = Math.round(total * 10);
  const result = new Array<number>(raw.length);
  const remainders = new Array<number>(raw.length);
  let sum = 0;
  for (let i = 0; i < raw.length; i++) {
    const tenths = raw[i]! * 10;
    // The epsilon keeps 0.25 × 82 × 10 (204.99999…) from flooring to 204.
    result[i] = Math.floor(tenths + 1e-9);
    remainders[i] = tenths - result[i]!;
    sum += result[i]!;
  }
  // Hand the missing tenths to the largest remainders (or take surplus from the smallest).
  // At most one tenth per line, so each pick marks its line as used.
  let remaining = target - sum;
  while (remaining !== 0) {
    let pick = -1;
    for (let i = 0; i < remainders.length; i++) {
      const candidate = remainders[i]!;
      if (Number.isNaN(candidate)) continue;
      if (pick === -1 || (remaining > 0 ? candidate > remainders[pick]! : candidate < remainders[pick]!)) pick = i;
    }
    if (pick === -1) break;
    result[pick]! += remaining > 0 ? 1 : -1;
    remainders[pick] = Number.NaN;
    remaining += remaining > 0 ? -1 : 1;
  }
  for (let i = 0; i < result.length; i++) result[i] = result[i]! / 10;
  return result;
}

/**
 * Scores one person's answers against a career profile. Throws InvalidAnswersError (naming each
 * question) when the answers do not match the profile's questionnaire.
 */
export function scoreAssessment(profile: CareerProfile, input: unknown): AssessmentResult {
  const answers = parseAnswers(profile.questionnaire, input);
  const index = indexProfile(profile);
  const { scoring } = profile;

  // About you
  const market = answers[index.marketItem.id] as MarketId;
  const lifeStage = index.stageItem ? (answers[index.stageItem.id] as string) : undefined;
  const training = answers[index.trainingItem.id] as Training;
  const codingYears = index.years.get(index.codingYearsItem.id)!.get(answers[index.codingYearsItem.id] as string) ?? 0;
  const healthcareYears =
    index.years.get(index.healthcareYearsItem.id)!.get(answers[index.healthcareYearsItem.id] as string) ?? 0;

  // Education: the background's fit score from the profile, adjusted for degrees mapped onto it.
  const degree = index.degrees.get(answers[index.degreeItem.id] as string)!;

  // Knowledge check: calibrates self-rated skills, never scored on its own.
  let correct = 0;
  for (const item of index.knowledge) if (answers[item.itemId] === item.correct) correct++;
  const knowledgeShare = index.knowledge.length ? correct / index.knowledge.length : 0;
  const { calibration } = scoring;
  const capCalibrated = knowledgeShare < calibration.capWhenScoreBelow;
  const floorCalibrated = knowledgeShare >= calibration.floorWhenScoreAtLeast;

  // Skills: importance-weighted attainment of each required level.
  const skills: SkillAssessment[] = [];
  let skillsTotal = 0;
  for (const row of index.skills) {
    const selfRated = answers[row.itemId] as number;
    let level = selfRated;
    let calibrationNote: SkillAssessment["calibration"] = null;
    if (row.calibrated && capCalibrated && selfRated > calibration.capLevel) {
      level = calibration.capLevel;
      calibrationNote = "capped";
    } else if (row.calibrated && floorCalibrated && selfRated < calibration.floorLevel) {
      level = calibration.floorLevel;
      calibrationNote = "raised";
    }
    const required = row.skill.requiredLevel;
    const attainment = Math.min(level / required, 1);
    const gap = Math.max(required - level, 0);
    skillsTotal += row.importanceWeight * attainment;
    skills.push({
      skillId: row.skill.id,
      name: row.skill.name,
      importance: row.skill.importance,
      importanceWeight: row.importanceWeight,
      requiredLevel: required,
      selfRated,
      level,
      calibration: calibrationNote,
      attainment,
      gap,
      priority: row.importanceWeight * gap,
    });
  }
  const skillsScore = (100 * skillsTotal) / index.skillWeightTotal;

  // Temperament: each trait's 0–1 score is the mean of its items, reverse-keyed items flipped.
  const traits: TraitSignal[] = [];
  const contributions: number[] = [];
  const allEvidence: Evidence[][] = [];
  let temperamentTotal = 0;
  for (const row of index.traits) {
    let total = 0;
    const all: Evidence[] = [];
    const pointing: Evidence[] = [];
    for (const key of row.keys) {
      const answer = answers[key.itemId] as number;
      const x = normalise(answer, AGREEMENT_MIN, AGREEMENT_MAX);
      total += key.plus ? x : 1 - x;
      const evidence = { itemId: key.itemId, answer };
      all.push(evidence);
      if (key.plus ? answer >= AGREES : answer <= DISAGREES) pointing.push(evidence);
    }
    allEvidence.push(all);
    const score = row.keys.length ? total / row.keys.length : 0;
    // A not-ideal trait counts against fit: the more it shows, the less it contributes.
    const contribution = row.goodFit ? score : 1 - score;
    temperamentTotal += row.weight * contribution;
    contributions.push(contribution);
    traits.push({
      traitId: row.trait.id,
      name: row.trait.name,
      kind: row.trait.kind,
      score,
      answers: pointing.length ? pointing : all,
    });
  }
  const temperamentScore = (100 * temperamentTotal) / index.traitWeightTotal;

  // Overall and the receipt: every factor's raw points, apportioned to add up exactly.
  const { weights } = scoring;
  const lines: ReceiptLine[] = [];
  const raw: number[] = [];
  lines.push({
    component: "education",
    factorId: degree.background.id,
    factor: `Education: ${degree.degree}`,
    weight: weights.education,
    value: degree.score,
    maxPoints: round1(weights.education * 100),
    explanation: degree.explanation,
    answers: [{ itemId: index.degreeItem.id, answer: degree.degreeId }],
    points: 0,
  });
  raw.push(weights.education * degree.score);
  for (let i = 0; i < skills.length; i++) {
    const skill = skills[i]!;
    const row = index.skills[i]!;
    lines.push({
      component: "skills",
      factorId: skill.skillId,
      factor: row.factor,
      weight: row.receiptWeight,
      value: round1(skill.attainment * 100),
      maxPoints: round1(row.receiptWeight * 100),
      explanation: row.explanations[skill.selfRated * 5 + skill.level]!,
      answers: [{ itemId: row.itemId, answer: skill.selfRated }],
      points: 0,
    });
    raw.push(row.receiptWeight * 100 * skill.attainment);
  }
  for (let i = 0; i < traits.length; i++) {
    const trait = traits[i]!;
    const row = index.traits[i]!;
    lines.push({
      component: "temperament",
      factorId: trait.traitId,
      factor: row.factor,
      weight: row.receiptWeight,
      value: round1(contributions[i]! * 100),
      maxPoints: round1(row.receiptWeight * 100),
      explanation: row.explanations[Math.round(trait.score * 100)]!,
      answers: allEvidence[i]!,
      points: 0,
    });
    raw.push(row.receiptWeight * 100 * contributions[i]!);
  }
  let overallRaw = 0;
  for (const value of raw) overallRaw += value;
  const overall = Math.min(100, Math.max(0, Math.round(overallRaw)));
  const points = apportion(raw, overall);
  for (let i = 0; i < lines.length; i++) lines[i]!.points = points[i]!;
  const receipt = lines;

  const componentPoints: Record<ComponentId, number> = { education: 0, skills: 0, temperament: 0 };
  for (const line of receipt) componentPoints[line.component] += line.points;
  const component = (id: ComponentId, label: string, score: number) => ({
    id,
    label,
    score: round1(score),
    weight: weights[id],
    points: round1(componentPoints[id]),
  });

  // Fit signals and the band, which strong not-ideal flags may hold down.
  const matched: TraitSignal[] = [];
  const flags: TraitSignal[] = [];
  const signals = traits;
  for (const signal of traits) {
    if (signal.kind === "good-fit" && signal.score >= scoring.traits.matchedAt) matched.push(signal);
    if (signal.kind === "not-ideal" && signal.score >= scoring.traits.flagRaisedAt) {
      signal.strength = signal.score >= scoring.traits.flagStrongAt ? "strong" : "raised";
      flags.push(signal);
    }
  }
  matched.sort((a, b) => b.score - a.score);
  flags.sort((a, b) => b.score - a.score);
  const strongFlags = flags.filter((flag) => flag.strength === "strong");
  const uncapped = index.bandsDescending.find((band) => overall >= band.min) ?? index.bandsDescending.at(-1)!;
  const cap = index.capsDescending.find((rule) => strongFlags.length >= rule.minStrongFlags);
  const capped = cap !== undefined && index.bandRank.get(cap.maxBand)! > index.bandRank.get(uncapped.id)!;
  const band = capped ? index.bandsDescending[index.bandRank.get(cap.maxBand)!]! : uncapped;

  // Readiness, kept apart from fit: where to start and what is reachable now.
  const levelOf = (skillId: string) => skills[index.skillPosition.get(skillId)!]?.level ?? 0;
  const firstOpen = profile.learningPath.find((step) => step.doneWhen.some((rule) => levelOf(rule.skill) < rule.atLeast));
  const startStep = firstOpen ?? profile.learningPath.at(-1)!;
  const missing = firstOpen ? firstOpen.doneWhen.filter((rule) => levelOf(rule.skill) < rule.atLeast) : [];
  const describe = (rule: { skill: string; atLeast: number }) =>
    `${index.skillNames.get(rule.skill)} (level ${levelOf(rule.skill)} of ${rule.atLeast})`;
  const stepReason = !firstOpen
    ? "Your skill answers cover every earlier step, so getting job- and exam-ready is where to focus."
    : startStep.step === profile.learningPath[0]!.step
      ? `Start at the beginning: ${missing.map(describe).join(" and ")} is what this step builds.`
      : `Your answers cover the earlier steps; ${missing.map(describe).join(" and ")} comes next.`;
  const stageRule =
    profile.readiness.stages.find((rule) => codingYears >= rule.minCodingYears && rule.training.includes(training)) ??
    profile.readiness.stages.at(-1)!;
  const stageIndex = profile.progression.findIndex((entry) => entry.id === stageRule.stage);
  const stage = profile.progression[stageIndex]!;
  const track = pickTrack(profile, { lifeStage, training, codingYears });

  // Response quality and confidence.
  const warnings: QualityWarning[] = [];
  const counts = [0, 0, 0, 0, 0, 0];
  let modal = 0;
  for (const id of index.agreementIds) modal = Math.max(modal, ++counts[answers[id] as number]!);
  if (index.agreementIds.length && modal / index.agreementIds.length >= scoring.responseQuality.straightLineShare) {
    warnings.push({
      code: "straight-lining",
      message:
        "Almost all of your temperament answers were the same, so they say little about you. Retaking that section with care will make the result more useful.",
      itemIds: index.agreementIds,
    });
  }
  const contradictions = index.opposedPairs.filter(([a, b]) => {
    const x = answers[a] as number;
    const y = answers[b] as number;
    return (x >= AGREES && y >= AGREES) || (x <= DISAGREES && y <= DISAGREES);
  });
  if (contradictions.length >= scoring.responseQuality.contradictionsForWarning) {
    warnings.push({
      code: "contradictions",
      message: `${contradictions.length} pairs of opposite statements got the same answer (for example, agreeing with both), so the temperament part may be less accurate.`,
      itemIds: uniqueIds(contradictions),
    });
  }
  const cappedSkills = skills.filter((skill) => skill.calibration === "capped");
  if (cappedSkills.length) {
    warnings.push({
      code: "self-rating-vs-knowledge",
      message: `The knowledge check suggested lower levels than you chose for ${cappedSkills
        .map((skill) => skill.name)
        .join(", ")}, so we counted ${cappedSkills.length === 1 ? "it" : "them"} at level ${calibration.capLevel}.`,
      itemIds: cappedSkills.map((skill) => `skills.${skill.skillId}`),
    });
  }
  const serious = warnings.length - (cappedSkills.length ? 1 : 0);
  const confidence: "high" | "medium" | "low" =
    warnings[0]?.code === "straight-lining" || serious >= 2 ? "low" : warnings.length ? "medium" : "high";
  const confidenceNote =
    confidence === "high"
      ? "Your answers are consistent, so this result is a fair picture of your fit today."
      : confidence === "medium"
        ? "Your answers are mostly consistent; keep the note below in mind and treat the score as a good estimate."
        : "Some answers look rushed or contradictory, so treat this result as rough and consider retaking the quiz.";

  // Strengths and things to work on, three each.
  const gaps = skills.filter((skill) => skill.gap > 0).sort((a, b) => b.priority - a.priority || b.gap - a.gap);
  const TOP = 3;
  const strengths: string[] = [];
  if (degree.background.preferred) strengths.push(degree.strength);
  for (const trait of matched) if (strengths.length < TOP) strengths.push(trait.name);
  for (let i = 0; i < skills.length && strengths.length < TOP; i++) {
    if (skills[i]!.attainment >= 1 && skills[i]!.importance === "high") strengths.push(index.skills[i]!.strength);
  }
  const workOn: string[] = [];
  for (const flag of strongFlags) if (workOn.length < TOP) workOn.push(`${flag.name}: weigh this before committing`);
  for (const skill of gaps) {
    if (workOn.length >= TOP) break;
    workOn.push(`${skill.name}: from level ${skill.level} to ${skill.requiredLevel}`);
  }

  const recommendations = recommend(profile, index, {
    market,
    track: track.track,
    trackReason: track.reason,
    training,
    codingYears,
    backgroundId: degree.background.id,
    bandId: band.id,
    stageIndex,
    startStep,
    gaps,
    flags: new Set(flags.map((flag) => flag.traitId)),
    trialFirst: band.id === "not-natural" || strongFlags.length > 0,
    unmatched: unmatchedGoodFit(signals, scoring.traits.matchedAt),
  });

  return {
    profileId: profile.id,
    profileVersion: profile.version,
    questionnaireVersion: profile.questionnaire.version,
    scoringVersion: SCORING_VERSION,
    market,
    overall,
    band: { id: band.id, label: band.label, meaning: band.meaning },
    bandCap: capped
      ? {
          uncappedBand: uncapped.id,
          reason: `Your score alone is in the "${uncapped.label}" band, but ${
            strongFlags.length === 1 ? "one strong not-ideal signal" : `${strongFlags.length} strong not-ideal signals`
          } (${strongFlags.map((flag) => flag.name.toLowerCase()).join("; ")}) ${
            strongFlags.length === 1 ? "touches" : "touch"
          } the core of daily coding work, so the result shows "${band.label}".`,
          flags: strongFlags.map((flag) => flag.traitId),
        }
      : null,
    components: {
      education: component("education", "Education", degree.score),
      skills: component("skills", "Skills", skillsScore),
      temperament: component("temperament", "Temperament", temperamentScore),
    },
    receipt,
    education: {
      degreeId: degree.degreeId,
      degree: degree.degree,
      backgroundId: degree.background.id,
      background: degree.background.degree,
      fitScore: degree.score,
      adjustment: degree.adjustment,
      preferred: degree.background.preferred,
      reason: degree.reason,
    },
    skills,
    gaps: gaps.map((skill) => skill.skillId),
    strengths,
    workOn,
    traits: {
      all: signals,
      matched: matched.map((signal) => signal.traitId),
      flags: flags.map((signal) => ({ traitId: signal.traitId, strength: signal.strength! })),
    },
    readiness: {
      learningStep: { step: startStep.step, focus: startStep.focus, task: startStep.task, output: startStep.output, reason: stepReason },
      stage: { id: stage.id, stage: stage.stage, roles: marketRoles(profile, market, stage.id), reason: stageRule.reason },
      knowledge: { correct, total: index.knowledge.length, share: knowledgeShare },
      training,
      codingYears,
      healthcareYears,
      ...(lifeStage === undefined ? {} : { lifeStage }),
      track: track.track,
    },
    quality: { warnings, confidence, note: confidenceNote },
    recommendations,
  };
}

function uniqueIds(pairs: [string, string][]): string[] {
  const ids: string[] = [];
  for (const pair of pairs) for (const id of pair) if (!ids.includes(id)) ids.push(id);
  return ids;
}

function unmatchedGoodFit(signals: TraitSignal[], matchedAt: number): Set<string> {
  const unmatched = new Set<string>();
  for (const signal of signals) if (signal.kind === "good-fit" && signal.score < matchedAt) unmatched.add(signal.traitId);
  return unmatched;
}

/**
 * The plan's track by the profile's rules (school, entry, experienced): the first rule whose
 * conditions all hold. Exported so a report can place a result stored before tracks existed.
 */
export function pickTrack(
  profile: CareerProfile,
  person: { lifeStage?: string; training: Training; codingYears: number },
): { track: PlanTrack; reason: string } {
  for (const rule of profile.recommendations.tracks) {
    const { when } = rule;
    if (when.lifeStages && (person.lifeStage === undefined || !when.lifeStages.includes(person.lifeStage))) continue;
    if (when.training && !when.training.includes(person.training)) continue;
    if (when.minCodingYears !== undefined && person.codingYears < when.minCodingYears) continue;
    return { track: rule.track, reason: rule.reason };
  }
  return { track: "entry", reason: "" };
}

interface RecommendationContext {
  market: MarketId;
  track: PlanTrack;
  trackReason: string;
  training: Training;
  codingYears: number;
  backgroundId: string;
  bandId: BandId;
  stageIndex: number;
  startStep: CareerProfile["learningPath"][number];
  gaps: SkillAssessment[];
  flags: Set<string>;
  /** A poor fit (not natural, or a strong not-ideal flag): trying the work comes first. */
  trialFirst: boolean;
  unmatched: Set<string>;
}

const STILL_TRAINING: Training[] = ["none", "self-study", "course-in-progress"];

/** Picks recommendations by the profile's rules; every item carries the reason it was chosen. */
function recommend(profile: CareerProfile, index: ProfileIndex, context: RecommendationContext): AssessmentResult["recommendations"] {
  const { content, recommendations: rules } = profile;

  // Certifications: every matching rule, best priority first, one entry per certification.
  const certifications: CertificationAdvice[] = [];
  for (const { rule, certification } of index.certificationRules) {
    const { when } = rule;
    if (when.markets && !when.markets.includes(context.market)) continue;
    if (when.training && !when.training.includes(context.training)) continue;
    if (when.backgrounds && !when.backgrounds.includes(context.backgroundId)) continue;
    if (when.minCodingYears !== undefined && context.codingYears < when.minCodingYears) continue;
    if (certifications.some((entry) => entry.id === certification.id)) continue;
    const starts = rule.startsWhen;
    const later =
      starts !== undefined &&
      ((starts.minCodingYears !== undefined && context.codingYears < starts.minCodingYears) ||
        (starts.training !== undefined && !starts.training.includes(context.training)));
    certifications.push({
      id: certification.id,
      code: certification.code,
      name: certification.name,
      issuer: certification.issuer,
      reason: rule.reason,
      eligibility: certification.eligibility,
      ...(later ? { later } : {}),
    });
  }
  // Credentials that can be started now come before those that wait for a post or a programme.
  certifications.sort((a, b) => Number(a.later ?? false) - Number(b.later ?? false));

  const stage = profile.progression[context.stageIndex]!;
  const next = profile.progression[context.stageIndex + 1];
  const school = context.track === "school";
  // Titles follow the market (Clinical Coder in the UK). Someone still at school has none to
  // look for yet: the first titles that exist from the current stage on are for later.
  const rolesAt = (position: number) => {
    const entry = profile.progression[position];
    return entry ? marketRoles(profile, context.market, entry.id) : [];
  };
  const nowRoles = school ? [] : rolesAt(context.stageIndex);
  let laterRoles: string[] = [];
  for (let i = school ? context.stageIndex : context.stageIndex + 1; i < profile.progression.length && !laterRoles.length; i++) {
    laterRoles = rolesAt(i);
  }
  const firstRoles = {
    roles: nowRoles,
    later: laterRoles,
    reason: `${stage.stage} stage (${stage.experienceYears.min}–${stage.experienceYears.max ?? "+"} years): ${stage.description}${
      next ? ` Next comes the ${next.stage.toLowerCase()} stage.` : ""
    }`,
  };

  // Salary: the market's table, with the rows for the reachable stage marked.
  const table = index.salaries.get(context.market);
  const salary = table
    ? {
        currency: table.currency,
        rows: table.rows.map((row) => ({
          label: row.label,
          range: row.range,
          monthly: row.monthly,
          // Nothing is reachable now from school; US rows also depend on certification.
          current: !school && row.stageIds.includes(stage.id) && (!row.training || row.training.includes(context.training)),
        })),
        reason: table.reason,
        note: table.note,
      }
    : null;

  // Projects that practise the biggest gaps first.
  const gapRank = (skillId: string) => {
    for (let i = 0; i < context.gaps.length; i++) if (context.gaps[i]!.skillId === skillId) return i;
    return Number.POSITIVE_INFINITY;
  };
  const ranked = content.projects.map((project) => {
    let rank = Number.POSITIVE_INFINITY;
    for (const skill of project.skills) rank = Math.min(rank, gapRank(skill));
    return { project, rank };
  });
  ranked.sort((a, b) => a.rank - b.rank);
  const projects = ranked.map(({ project, rank }) => {
    const gap = Number.isFinite(rank) ? context.gaps[rank] : undefined;
    return {
      id: project.id,
      title: project.title,
      detail: project.description,
      proof: project.proof,
      reason: gap
        ? `Practises ${gap.name}, one of your gaps (level ${gap.level} of ${gap.requiredLevel}).`
        : "Keeps skills you already have sharp and gives you something to show employers.",
    };
  });

  // Challenges: those tied to a flag or an unmatched good-fit trait, then the general ones.
  const challenges: (Recommendation & { id: string })[] = [];
  for (const challenge of content.challenges) {
    const byFlag = challenge.relatedTraits.find((trait) => context.flags.has(trait));
    const byUnmatched = byFlag ? undefined : challenge.relatedTraits.find((trait) => context.unmatched.has(trait));
    if (!byFlag && !byUnmatched && !index.generalChallenges.has(challenge.id)) continue;
    challenges.push({
      id: challenge.id,
      title: challenge.text,
      detail: "",
      reason: byFlag
        ? `Your answers raised a flag: ${index.traitNames.get(byFlag)!.toLowerCase()}.`
        : byUnmatched
          ? `Your answers did not clearly show "${index.traitNames.get(byUnmatched)!.toLowerCase()}", which this part of the job leans on.`
          : "Worth weighing for everyone who chooses this path.",
    });
  }

  const similarCareers = rules.similarCareersForBands.includes(context.bandId)
    ? content.similarCareers.map((career) => ({
        id: career.id,
        title: career.name,
        detail: `In common: ${career.shares} The difference: ${career.differs}`,
        reason: "Your fit for coding itself is modest; these careers use some of the same strengths.",
      }))
    : [];

  // Next steps by track. School: finish school, choose what to study, the basics, a trial.
  // Entry: where to start, the course or the market's way in, the certification, a project.
  // Experienced: the next stage, an advanced credential, a project. Poor fits try the work first.
  const market = profileMarket(profile, context.market);
  const learningStep: Recommendation = {
    title: `Start at learning step ${context.startStep.step}: ${context.startStep.focus}`,
    detail: `${context.startStep.task}. What you will produce: ${context.startStep.output}.`,
    reason: "Chosen from your skill answers: the first step whose skills you have not reached yet.",
  };
  const trial: Recommendation | null =
    context.flags.size || school
      ? {
          title: "Test the day-to-day before you commit",
          detail: "Spend a few evenings coding sample charts from a course or textbook, and ask a working coder what a normal day is like.",
          reason: context.flags.size
            ? "Your answers raised not-ideal signals; a short trial shows whether they matter to you in practice."
            : context.trackReason,
        }
      : null;
  // An experienced coder's next credential is an advanced one; the entry ones are behind them.
  const topCertification = certifications.find(
    (entry) => !entry.later && (context.track !== "experienced" || isAdvancedCredential(profile, entry.id)),
  );
  const aimFor: Recommendation | null = topCertification
    ? {
        title: `Aim for ${topCertification.code} (${topCertification.name})`,
        detail: topCertification.eligibility ?? `Awarded by ${topCertification.issuer}.`,
        reason: topCertification.reason,
      }
    : null;
  const topProject = projects[0];
  const project: Recommendation | null = topProject
    ? { title: `Build proof: ${topProject.title}`, detail: topProject.proof, reason: topProject.reason }
    : null;

  const steps: (Recommendation | null)[] = [];
  if (school) {
    const plan = market?.school;
    if (plan) {
      const degrees = plan.next.listPreferredDegrees ? ` ${preferredDegrees(profile).join(", ")}.` : "";
      steps.push(
        { title: plan.finish.title, detail: plan.finish.detail, reason: context.trackReason },
        { title: plan.next.title, detail: `${plan.next.detail}${degrees}`, reason: context.trackReason },
      );
    }
    steps.push(learningStep, trial);
  } else if (context.track === "experienced") {
    const following = rolesAt(context.stageIndex + 1);
    if (next) {
      steps.push({
        title: `Grow into the ${next.stage.toLowerCase()} stage${following.length ? `: ${following.join(", ")}` : ""}`,
        detail: next.description,
        reason: `${context.trackReason} This stage usually starts at about ${next.experienceYears.min} years of coding.`,
      });
    }
    steps.push(aimFor);
    const after = profile.progression[context.stageIndex + 2];
    if (after) {
      const roles = rolesAt(context.stageIndex + 2);
      steps.push({
        title: `Then aim for the ${after.stage.toLowerCase()} stage${roles.length ? `: ${roles.join(", ")}` : ""}`,
        detail: after.description,
        reason: `This stage usually starts at about ${after.experienceYears.min} years of coding.`,
      });
    }
    steps.push(project);
  } else {
    steps.push(learningStep);
    const course = market?.entryRoute.kind === "course" ? index.courses.get(context.market) : undefined;
    const route = market?.entryRoute.step;
    if (course && STILL_TRAINING.includes(context.training)) {
      steps.push({
        title:
          context.training === "course-in-progress"
            ? "Finish the coding course you are doing"
            : `Take a coding course: ${course.courseType.name}, ${course.courseType.duration}`,
        detail: course.courseType.bestFor,
        reason: course.reason,
      });
    } else if (route && certifications.some((entry) => entry.later)) {
      // A trainee post or an accredited programme stays the next step until its credential can start.
      steps.push({ title: route.title, detail: route.detail, reason: route.reason });
    }
    steps.push(aimFor, project, trial);
  }
  let nextSteps = steps.filter((step): step is Recommendation => step !== null);
  if (trial && context.trialFirst && context.track !== "experienced") {
    nextSteps = [trial, ...nextSteps.filter((step) => step !== trial)];
  }

  return { nextSteps, certifications, firstRoles, salary, projects, challenges, similarCareers };
}
