/** Step 4: the overall score and its receipt, every factor's points adding up exactly to it. */
import type { CareerProfile } from "../../profiles/schema";
import type { ProfileIndex } from "../profile-index";
import type { ComponentId, ScoredComponent, ScoredReceiptLine } from "../types";
import type { About } from "./about";
import type { SkillsStep } from "./skills";
import type { TemperamentStep } from "./temperament";

export const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Largest-remainder rounding: each line's points to one decimal place such that the lines add
 * up exactly to the rounded overall score, so the receipt never disagrees with the headline.
 */
export function apportion(raw: number[], total: number): number[] {
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

export interface ReceiptStep {
  overall: number;
  receipt: ScoredReceiptLine[];
  components: Record<ComponentId, ScoredComponent>;
}

export function buildReceipt(
  profile: CareerProfile,
  index: ProfileIndex,
  about: About,
  skills: SkillsStep,
  temperament: TemperamentStep,
): ReceiptStep {
  const { weights } = profile.scoring;
  const { degree } = about;
  const lines: ScoredReceiptLine[] = [];
  const raw: number[] = [];
  const add = (line: Omit<ScoredReceiptLine, "points">, points: number) => {
    lines.push({ ...line, points: 0 });
    raw.push(points);
  };
  add(
    {
      component: "education",
      factorId: degree.background.id,
      basis: { kind: "education", degreeId: degree.degreeId },
      weight: weights.education,
      value: degree.score,
      maxPoints: round1(weights.education * 100),
      answers: [{ itemId: index.degreeItem.id, answer: degree.degreeId }],
    },
    weights.education * degree.score,
  );
  skills.skills.forEach((skill, i) => {
    const row = index.skills[i]!;
    add(
      {
        component: "skills",
        factorId: skill.skillId,
        basis: { kind: "skill", selfRated: skill.selfRated, level: skill.level },
        weight: row.receiptWeight,
        value: round1(skill.attainment * 100),
        maxPoints: round1(row.receiptWeight * 100),
        answers: [{ itemId: row.itemId, answer: skill.selfRated }],
      },
      row.receiptWeight * 100 * skill.attainment,
    );
  });
  temperament.traits.forEach((trait, i) => {
    const row = index.traits[i]!;
    const contribution = temperament.contributions[i]!;
    add(
      {
        component: "temperament",
        factorId: trait.traitId,
        basis: { kind: "trait", percent: Math.round(trait.score * 100), goodFit: row.goodFit },
        weight: row.receiptWeight,
        value: round1(contribution * 100),
        maxPoints: round1(row.receiptWeight * 100),
        answers: temperament.evidence[i]!,
      },
      row.receiptWeight * 100 * contribution,
    );
  });

  let overallRaw = 0;
  for (const value of raw) overallRaw += value;
  const overall = Math.min(100, Math.max(0, Math.round(overallRaw)));
  const points = apportion(raw, overall);
  for (let i = 0; i < lines.length; i++) lines[i]!.points = points[i]!;

  const componentPoints: Record<ComponentId, number> = { education: 0, skills: 0, temperament: 0 };
  for (const line of lines) componentPoints[line.component] += line.points;
  const component = (id: ComponentId, score: number): ScoredComponent => ({
    id,
    score: round1(score),
    weight: weights[id],
    points: round1(componentPoints[id]),
  });
  return {
    overall,
    receipt: lines,
    components: {
      education: component("education", degree.score),
      skills: component("skills", skills.score),
      temperament: component("temperament", temperament.score),
    },
  };
}
