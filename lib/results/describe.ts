/**
 * Words a scored result in one language: the engine's facts (lib/scoring/types.ts) in, the worded
 * result (lib/results/types.ts) out. Sentences come from the language's `result` messages
 * (lib/i18n/messages/<locale>/result.json); names and descriptions come from the profile, which
 * the caller passes in that language. Pure, so the server, the API and the browser (what-if) all
 * word a result the same way.
 */
import { marketRoles, preferredDegrees, profileMarket } from "@/lib/profiles/market";
import type { CareerProfile, MarketId } from "@/lib/profiles/schema";
import { indexProfile, type ProfileIndex } from "@/lib/scoring/profile-index";
import type { MissingSkill, PlanStep, ScoredResult } from "@/lib/scoring/types";
import { resultTranslator, type ResultWords } from "@/lib/i18n/result-words";
import type { AssessmentResult, QualityWarning, Recommendation, SalaryAdvice } from "./types";

/** Lower-cases a name for use inside a sentence, where the language has case at all. */
const inSentence = (name: string, locale: string) => name.toLocaleLowerCase(locale);

/** What every part of the wording looks up: the profile, its index, the messages and names by id. */
interface Wording {
  profile: CareerProfile;
  index: ProfileIndex;
  locale: string;
  say: ResultWords;
  skillName: (id: string) => string;
  traitName: (id: string) => string;
}

export function describeResult(profile: CareerProfile, facts: ScoredResult, locale = "en"): AssessmentResult {
  const say: ResultWords = resultTranslator(locale);
  const index = indexProfile(profile);
  const skillById = new Map(profile.skills.map((skill) => [skill.id, skill]));
  const traitById = new Map(profile.traits.map((trait) => [trait.id, trait]));
  const skillName = (id: string) => skillById.get(id)!.name;
  const traitName = (id: string) => traitById.get(id)!.name;
  const wording: Wording = { profile, index, locale, say, skillName, traitName };
  const degree = index.degrees.get(facts.education.degreeId)!;
  const degreeName = degree.other?.name ?? degree.background.degree;
  const bandOf = (id: string) => profile.scoring.bands.find((band) => band.id === id)!;
  const joined = (items: string[], how: "and" | "comma" | "semicolon") =>
    items.reduce((first, second) => say(`list.${how}`, { first, second }));

  const receipt = facts.receipt.map((line) => {
    const { basis } = line;
    let factor: string;
    let explanation: string;
    if (basis.kind === "education") {
      factor = say("factor.education", { degree: degreeName });
      explanation = degree.other
        ? degree.other.fitAdjustment
          ? say("explanation.otherDegreeAdjusted", {
              background: degree.background.degree,
              score: degree.background.fitScore,
              adjustment: `${degree.other.fitAdjustment > 0 ? "+" : ""}${degree.other.fitAdjustment}`,
              degree: degree.other.name,
              reason: degree.other.reason,
            })
          : say("explanation.otherDegree", { background: degree.background.degree, score: degree.background.fitScore, reason: degree.other.reason })
        : say("explanation.background", { degree: degree.background.degree, score: degree.background.fitScore, reason: degree.background.reason });
    } else if (basis.kind === "skill") {
      const skill = skillById.get(line.factorId)!;
      factor = say("factor.skill", { name: skill.name });
      const key = basis.level < basis.selfRated ? "skillCapped" : basis.level > basis.selfRated ? "skillRaised" : "skill";
      explanation = say(`explanation.${key}`, {
        level: basis.level,
        required: skill.requiredLevel,
        requiredLabel: skill.requiredLevelLabel,
        importance: say(`importance.${skill.importance}`),
        selfRated: basis.selfRated,
      });
    } else {
      factor = say(basis.goodFit ? "factor.goodFit" : "factor.notIdeal", { name: traitName(line.factorId) });
      explanation = say("explanation.trait", { percent: basis.percent, goodFit: basis.goodFit ? "yes" : "no" });
    }
    const { basis: _basis, ...rest } = line;
    return { ...rest, factor, explanation };
  });

  const band = bandOf(facts.band);
  const componentLabel = (id: "education" | "skills" | "temperament") => say(`component.${id}`);

  const describeMissing = (missing: MissingSkill[]) =>
    joined(
      missing.map((rule) => say("learningStep.missingSkill", { name: skillName(rule.skillId), level: rule.level, atLeast: rule.atLeast })),
      "and",
    );
  const stepFacts = facts.readiness.learningStep;
  const startStep = profile.learningPath.find((step) => step.step === stepFacts.step)!;
  const stepReason =
    stepFacts.reason.kind === "all-covered"
      ? say("learningStep.allCovered")
      : say(`learningStep.${stepFacts.reason.kind}`, { missing: describeMissing(stepFacts.reason.missing) });

  const stageRule = profile.readiness.stages[facts.readiness.stageRule]!;
  const stage = profile.progression.find((entry) => entry.id === facts.readiness.stage.id)!;

  const warnings: QualityWarning[] = facts.quality.warnings.map((warning) => {
    if (warning.code === "straight-lining") return { code: warning.code, message: say("quality.straightLining"), itemIds: warning.itemIds };
    if (warning.code === "contradictions") {
      return { code: warning.code, message: say("quality.contradictions", { count: warning.pairs }), itemIds: warning.itemIds };
    }
    return {
      code: warning.code,
      message: say("quality.selfRating", { skills: warning.skillIds.map(skillName).join(", "), count: warning.skillIds.length, level: warning.capLevel }),
      itemIds: warning.itemIds,
    };
  });

  const strengths = facts.strengths.map((strength) =>
    strength.kind === "background"
      ? say("strength.background", { degree: degreeName, score: degree.score })
      : strength.kind === "trait"
        ? traitName(strength.traitId)
        : say("strength.skill", { name: skillName(strength.skillId) }),
  );
  const workOn = facts.workOn.map((item) =>
    item.kind === "flag"
      ? say("workOn.flag", { name: traitName(item.traitId) })
      : say("workOn.gap", { name: skillName(item.skillId), level: item.level, required: item.requiredLevel }),
  );

  return {
    profileId: facts.profileId,
    profileVersion: facts.profileVersion,
    questionnaireVersion: facts.questionnaireVersion,
    scoringVersion: facts.scoringVersion,
    market: facts.market,
    overall: facts.overall,
    band: { id: band.id, label: band.label, meaning: band.meaning },
    bandCap: facts.bandCap
      ? {
          uncappedBand: facts.bandCap.uncappedBand,
          reason: say("bandCap", {
            uncapped: bandOf(facts.bandCap.uncappedBand).label,
            count: facts.bandCap.flags.length,
            flags: joined(
              facts.bandCap.flags.map((id) => inSentence(traitName(id), locale)),
              "semicolon",
            ),
            band: band.label,
          }),
          flags: facts.bandCap.flags,
        }
      : null,
    components: {
      education: { ...facts.components.education, label: componentLabel("education") },
      skills: { ...facts.components.skills, label: componentLabel("skills") },
      temperament: { ...facts.components.temperament, label: componentLabel("temperament") },
    },
    receipt,
    education: {
      degreeId: degree.degreeId,
      degree: degreeName,
      backgroundId: degree.background.id,
      background: degree.background.degree,
      fitScore: facts.education.fitScore,
      adjustment: facts.education.adjustment,
      preferred: facts.education.preferred,
      reason: degree.other?.reason ?? degree.background.reason,
    },
    skills: facts.skills.map((skill) => ({ ...skill, name: skillName(skill.skillId) })),
    gaps: facts.gaps,
    strengths,
    workOn,
    traits: {
      all: facts.traits.all.map((trait) => ({ ...trait, name: traitName(trait.traitId) })),
      matched: facts.traits.matched,
      flags: facts.traits.flags,
    },
    readiness: {
      learningStep: { step: startStep.step, focus: startStep.focus, task: startStep.task, output: startStep.output, reason: stepReason },
      stage: { id: stage.id, stage: stage.stage, roles: marketRoles(profile, facts.market, stage.id), reason: stageRule.reason },
      knowledge: facts.readiness.knowledge,
      training: facts.readiness.training,
      codingYears: facts.readiness.codingYears,
      healthcareYears: facts.readiness.healthcareYears,
      ...(facts.readiness.lifeStage === undefined ? {} : { lifeStage: facts.readiness.lifeStage }),
      track: facts.readiness.track,
    },
    quality: { warnings, confidence: facts.quality.confidence, note: say(`quality.${facts.quality.confidence}`) },
    recommendations: describeRecommendations(wording, facts),
  };
}

function describeSalary({ profile, index, say }: Wording, market: MarketId, current: boolean[]): SalaryAdvice | null {
  const table = index.salaries.get(market);
  if (!table) return null;
  const { salaries } = profile.content;
  const inr = (value: number) => value.toLocaleString("en-IN");
  const usd = (value: number) => value.toLocaleString("en-US");
  const yes = (flag: boolean | undefined) => (flag ? "yes" : "no");
  if (table.table === "india") {
    return {
      currency: "INR",
      rows: salaries.india.map((row, i) => ({
        label: say("salary.indiaLabel", { stage: row.stage, experience: row.experience }),
        range: say("salary.indiaRange", { min: String(row.annualInrLakh.min), max: String(row.annualInrLakh.max), openEnded: yes(row.annualInrLakh.openEnded) }),
        monthly: say("salary.indiaMonthly", { min: inr(row.monthlyInr.min), max: inr(row.monthlyInr.max), openEnded: yes(row.monthlyInr.openEnded) }),
        current: current[i]!,
      })),
      reason: say("salary.indiaReason"),
      note: salaries.note,
    };
  }
  return {
    currency: "USD",
    rows: salaries.usa.map((row, i) => ({
      label: row.tier,
      range: say("salary.usaRange", { min: usd(row.annualUsd.min), max: usd(row.annualUsd.max), openEnded: yes(row.annualUsd.openEnded) }),
      current: current[i]!,
    })),
    reason: say("salary.usaReason"),
    note: salaries.note,
  };
}

function describeRecommendations(wording: Wording, facts: ScoredResult): AssessmentResult["recommendations"] {
  const { profile, index, locale, say, skillName, traitName } = wording;
  const { content } = profile;
  const { market } = facts;
  const chosen = facts.recommendations;
  const stageOf = (id: string) => profile.progression.find((entry) => entry.id === id)!;
  const rolesOf = (id: string | null) => (id === null ? [] : marketRoles(profile, market, id));

  const certifications = chosen.certifications.map((entry) => {
    const { certification } = index.certificationRules.find((rule) => rule.position === entry.rule)!;
    return {
      id: certification.id,
      code: certification.code,
      name: certification.name,
      issuer: certification.issuer,
      reason: profile.recommendations.certifications[entry.rule]!.reason,
      eligibility: certification.eligibility,
      ...(entry.later ? { later: entry.later } : {}),
    };
  });

  const stage = stageOf(chosen.firstRoles.stageId);
  const stagePosition = profile.progression.indexOf(stage);
  const next = profile.progression[stagePosition + 1];
  const stageWords = {
    stage: stage.stage,
    min: stage.experienceYears.min,
    max: stage.experienceYears.max ?? "+",
    description: stage.description,
  };
  const firstRoles = {
    roles: rolesOf(chosen.firstRoles.nowStageId),
    later: rolesOf(chosen.firstRoles.laterStageId),
    reason: next ? say("firstRolesNext", { ...stageWords, next: inSentence(next.stage, locale) }) : say("firstRoles", stageWords),
  };

  const salary = chosen.salary ? describeSalary(wording, chosen.salary.market, chosen.salary.current) : null;

  const projects = chosen.projects.map((entry) => {
    const project = content.projects.find((candidate) => candidate.id === entry.id)!;
    return {
      id: project.id,
      title: project.title,
      detail: project.description,
      proof: project.proof,
      reason: entry.gap
        ? say("project.gap", { name: skillName(entry.gap.skillId), level: entry.gap.level, required: entry.gap.requiredLevel })
        : say("project.noGap"),
    };
  });

  const challenges = chosen.challenges.map((entry) => {
    const challenge = content.challenges.find((candidate) => candidate.id === entry.id)!;
    const { because } = entry;
    return {
      id: challenge.id,
      title: challenge.text,
      detail: "",
      reason:
        because.kind === "general"
          ? say("challenge.general")
          : say(`challenge.${because.kind}`, { name: inSentence(traitName(because.traitId), locale) }),
    };
  });

  const similarCareers = chosen.similarCareers.map((id) => {
    const career = content.similarCareers.find((candidate) => candidate.id === id)!;
    return {
      id: career.id,
      title: career.name,
      detail: say("similarCareer.detail", { shares: career.shares, differs: career.differs }),
      reason: say("similarCareer.reason"),
    };
  });

  const trackReason = facts.readiness.trackRule === null ? "" : profile.recommendations.tracks[facts.readiness.trackRule]!.reason;
  const plan = profileMarket(profile, market);
  const stepWords = (step: PlanStep): Recommendation => {
    switch (step.kind) {
      case "learning-step": {
        const learning = profile.learningPath.find((entry) => entry.step === step.step)!;
        return {
          title: say("step.learningTitle", { step: learning.step, focus: learning.focus }),
          detail: say("step.learningDetail", { task: learning.task, output: learning.output }),
          reason: say("step.learningReason"),
        };
      }
      case "trial":
        return {
          title: say("step.trialTitle"),
          detail: say("step.trialDetail"),
          reason: step.because === "flags" ? say("step.trialFlags") : trackReason,
        };
      case "certification": {
        const advice = certifications.find((entry) => entry.id === step.id)!;
        return {
          title: say("step.aimTitle", { code: advice.code, name: advice.name }),
          detail: advice.eligibility ?? say("step.awardedBy", { issuer: advice.issuer }),
          reason: advice.reason,
        };
      }
      case "project": {
        const project = projects.find((entry) => entry.id === step.id)!;
        return { title: say("project.title", { title: project.title }), detail: project.proof, reason: project.reason };
      }
      case "school-finish":
        return { title: plan!.school!.finish.title, detail: plan!.school!.finish.detail, reason: trackReason };
      case "school-next": {
        const { next: choose } = plan!.school!;
        return {
          title: choose.title,
          detail: step.listDegrees ? say("step.schoolNextDegrees", { detail: choose.detail, degrees: preferredDegrees(profile).join(", ") }) : choose.detail,
          reason: trackReason,
        };
      }
      case "grow":
      case "then": {
        const target = stageOf(step.stageId);
        const roles = marketRoles(profile, market, target.id);
        const words = { stage: inSentence(target.stage, locale), roles: roles.join(", ") };
        const prefix = step.kind === "grow" ? "step.growTitle" : "step.thenTitle";
        return {
          title: say(roles.length ? `${prefix}Roles` : prefix, words),
          detail: target.description,
          reason:
            step.kind === "grow"
              ? say("step.stageStartsAfter", { reason: trackReason, years: target.experienceYears.min })
              : say("step.stageStarts", { years: target.experienceYears.min }),
        };
      }
      case "course": {
        const course = index.courses.get(market)!;
        return {
          title: step.inProgress
            ? say("step.courseInProgress")
            : say("step.courseTitle", { name: course.courseType.name, duration: course.courseType.duration }),
          detail: course.courseType.bestFor,
          reason: course.reason,
        };
      }
      case "route": {
        const route = plan!.entryRoute.step!;
        return { title: route.title, detail: route.detail, reason: route.reason };
      }
    }
  };

  return {
    nextSteps: chosen.nextSteps.map(stepWords),
    certifications,
    firstRoles,
    salary,
    projects,
    challenges,
    similarCareers,
  };
}
