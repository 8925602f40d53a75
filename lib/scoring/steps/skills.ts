/** Step 2: skills, calibrated by the knowledge check, as importance-weighted attainment. */
import type { CareerProfile } from "../../profiles/schema";
import type { Answers } from "../answers";
import type { ProfileIndex } from "../profile-index";
import type { ScoredSkill } from "../types";

export interface SkillsStep {
  skills: ScoredSkill[];
  /** 0–100. */
  score: number;
  knowledge: { correct: number; total: number; share: number };
}

export function scoreSkills(profile: CareerProfile, index: ProfileIndex, answers: Answers): SkillsStep {
  // The knowledge check calibrates self-rated skills; it is never scored on its own.
  let correct = 0;
  for (const item of index.knowledge) if (answers[item.itemId] === item.correct) correct++;
  const share = index.knowledge.length ? correct / index.knowledge.length : 0;
  const { calibration } = profile.scoring;
  const capCalibrated = share < calibration.capWhenScoreBelow;
  const floorCalibrated = share >= calibration.floorWhenScoreAtLeast;

  const skills: ScoredSkill[] = [];
  let total = 0;
  for (const row of index.skills) {
    const selfRated = answers[row.itemId] as number;
    let level = selfRated;
    let note: ScoredSkill["calibration"] = null;
    if (row.calibrated && capCalibrated && selfRated > calibration.capLevel) {
      level = calibration.capLevel;
      note = "capped";
    } else if (row.calibrated && floorCalibrated && selfRated < calibration.floorLevel) {
      level = calibration.floorLevel;
      note = "raised";
    }
    const required = row.skill.requiredLevel;
    const attainment = Math.min(level / required, 1);
    const gap = Math.max(required - level, 0);
    total += row.importanceWeight * attainment;
    skills.push({
      skillId: row.skill.id,
      importance: row.skill.importance,
      importanceWeight: row.importanceWeight,
      requiredLevel: required,
      selfRated,
      level,
      calibration: note,
      attainment,
      gap,
      priority: row.importanceWeight * gap,
    });
  }
  return { skills, score: (100 * total) / index.skillWeightTotal, knowledge: { correct, total: index.knowledge.length, share } };
}
