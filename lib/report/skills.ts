/**
 * The skills gap: rows in the order to work on them (importance × gap, as `result.gaps` gives),
 * then the skills already at the level the job needs, and the layout of the SVG chart.
 */
import { LEVEL_MAX, LEVEL_MIN, skillInMarket, type CareerProfile } from "@/lib/profiles";
import type { AssessmentResult, SkillAssessment } from "@/lib/results/types";
import { formatImportance, formatLevel, formatLevels } from "./format";
import { resultInMarket } from "./market-words";
import { englishReportWords, type ReportWords } from "./words";

export interface SkillRowView {
  id: string;
  name: string;
  /** The level counted for scoring (after the knowledge check). */
  level: number;
  requiredLevel: number;
  selfRated: number;
  gap: number;
  importance: string;
  usedFor: string;
  calibration: SkillAssessment["calibration"];
  /** "Counted as 1 after the knowledge check (you chose 0)", or null. */
  calibrationNote: string | null;
  /** Short form for the chart, which has little room. */
  calibrationShort: string | null;
  levelText: string;
  requiredText: string;
  /** "1.5 levels to go" or "Reached". */
  gapText: string;
  /** 0–1 positions on the chart's 0–4 scale. */
  levelShare: number;
  requiredShare: number;
}

const share = (level: number) => Math.min(Math.max((level - LEVEL_MIN) / (LEVEL_MAX - LEVEL_MIN), 0), 1);

/** Skills in the order to work on them: gaps most urgent first, then the rest by importance. */
export function orderSkills(result: AssessmentResult): SkillAssessment[] {
  const byId = new Map(result.skills.map((skill) => [skill.skillId, skill]));
  const ordered: SkillAssessment[] = [];
  for (const id of result.gaps) {
    const skill = byId.get(id);
    if (skill) ordered.push(skill);
  }
  const rest = result.skills
    .map((skill, position) => ({ skill, position }))
    .filter(({ skill }) => !result.gaps.includes(skill.skillId))
    .sort((a, b) => b.skill.importanceWeight - a.skill.importanceWeight || a.position - b.position)
    .map(({ skill }) => skill);
  return [...ordered, ...rest];
}

export function buildSkillRows(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): SkillRowView[] {
  result = resultInMarket(result, profile);
  // Each skill as the person's market names it (its code set there).
  const profileSkills = new Map(profile.skills.map((skill) => [skill.id, skillInMarket(skill, result.market)]));
  return orderSkills(result).map((skill) => {
    const calibrated = skill.calibration !== null && skill.level !== skill.selfRated;
    return {
      id: skill.skillId,
      name: skill.name,
      level: skill.level,
      requiredLevel: skill.requiredLevel,
      selfRated: skill.selfRated,
      gap: skill.gap,
      importance: formatImportance(skill.importance, t),
      usedFor: profileSkills.get(skill.skillId)?.usedFor ?? "",
      calibration: skill.calibration,
      calibrationNote: calibrated
        ? t("skills.calibrationNote", { level: formatLevel(skill.level), chosen: formatLevel(skill.selfRated) })
        : null,
      calibrationShort: calibrated ? t("skills.calibrationShort", { level: formatLevel(skill.level) }) : null,
      levelText: formatLevel(skill.level),
      requiredText: formatLevel(skill.requiredLevel),
      gapText: skill.gap > 0 ? t("skills.toGo", { levels: formatLevels(skill.gap, t) }) : t("skills.reached"),
      levelShare: share(skill.level),
      requiredShare: share(skill.requiredLevel),
    };
  });
}

/** A sentence per skill for the chart's long description. */
export function describeSkillsChart(rows: SkillRowView[], t: ReportWords = englishReportWords): string {
  const parts = rows.map((row) =>
    t("skills.chartRow", {
      name: row.name,
      level: row.levelText,
      calibrated: row.calibrationNote ? "yes" : "no",
      required: row.requiredText,
      gap: row.gap > 0 ? "yes" : "no",
      gapText: row.gapText,
    }),
  );
  return t("skills.chartDescription", { rows: parts.join(" ") });
}

/** Pixel layout of the chart: widths are percentages (the SVG fills its box), heights fixed. */
export interface SkillsChartRow {
  row: SkillRowView;
  nameY: number;
  barY: number;
  detailY: number;
  noteY: number | null;
}

export interface SkillsChartLayout {
  height: number;
  axisY: number;
  gridTop: number;
  barHeight: number;
  rows: SkillsChartRow[];
  ticks: { level: number; share: number; anchor: "start" | "middle" | "end" }[];
}

const AXIS = 18;
const AXIS_GAP = 14;
const NAME = 16;
const NAME_GAP = 8;
const BAR = 14;
const DETAIL_GAP = 18;
const NOTE = 17;
const ROW_GAP = 22;

export function layoutSkillsChart(rows: SkillRowView[]): SkillsChartLayout {
  let y = AXIS + AXIS_GAP;
  const placed: SkillsChartRow[] = [];
  for (const row of rows) {
    const nameY = y + NAME - 3;
    const barY = y + NAME + NAME_GAP;
    const detailY = barY + BAR + DETAIL_GAP;
    const noteY = row.calibrationShort ? detailY + NOTE : null;
    placed.push({ row, nameY, barY, detailY, noteY });
    y = (noteY ?? detailY) + ROW_GAP;
  }
  const ticks = [];
  for (let level = LEVEL_MIN; level <= LEVEL_MAX; level++) {
    ticks.push({
      level,
      share: share(level),
      anchor: level === LEVEL_MIN ? ("start" as const) : level === LEVEL_MAX ? ("end" as const) : ("middle" as const),
    });
  }
  return { height: y - ROW_GAP + 6, axisY: AXIS - 4, gridTop: AXIS + 2, barHeight: BAR, rows: placed, ticks };
}
