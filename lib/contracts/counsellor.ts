/**
 * Wire shapes of the counsellor's workspace: what the dashboard, the compare page and their JSON
 * routes send to the browser. Types only, so components import these and never the server modules
 * that fill them (lib/shares/counsellor.ts, lib/shares/compare-students.ts re-export them).
 */
import type { ComponentId } from "@/lib/scoring/types";

export interface ResultRow {
  id: string;
  displayName: string;
  email: string | null;
  cohortId: string;
  cohortName: string;
  takenAt: string;
  overall: number;
  band: string;
  education: number;
  skills: number;
  temperament: number;
  background: string;
  /** The exact degree the person picked, in words ("B.Com"), from the stored answers. */
  degree: string | null;
  flags: string[];
  topGaps: string[];
  reviewed: boolean;
  /** True on the student's newest attempt in this cohort: the row the default view shows. */
  latest: boolean;
  /** Where this result stands among the student's attempts in its cohort; null when it is their only one. */
  attempt: AttemptPlace | null;
}

export interface AttemptPlace {
  /** 1 for the student's first attempt in the cohort. */
  number: number;
  count: number;
  /** The attempt just before this one, for "Retook: 54 → 62"; null on the first. */
  previous: { overall: number; band: string } | null;
}

/** A row of the CSV: the table's row, the level chosen for each skill, and the counsellor's notes. */
export interface ExportRow extends ResultRow {
  /** 0–4 per skill in SKILL_ORDER, as the person chose it; null where not answered. */
  skillLevels: (number | null)[];
  /** Oldest first. */
  notes: { createdAt: string; body: string }[];
}

export interface ResultPage {
  rows: ResultRow[];
  /** How many results match, exactly; or, when `totalAtLeast`, a lower bound (COUNT_LIMIT). */
  total: number;
  totalAtLeast: boolean;
  page: number;
  pageSize: number;
  /** The last page, or when `totalAtLeast` the last page known so far (one past this one while pages are full). */
  pageCount: number;
}

export interface CohortAnalytics {
  total: number;
  bands: { band: string; count: number }[];
  averages: { overall: number | null; education: number | null; skills: number | null; temperament: number | null };
  /** Every skill, most common gap first. */
  gaps: { skillId: string; count: number }[];
  /** Every not-ideal trait, most common flag first. */
  flags: { traitId: string; count: number }[];
}

export interface ComparedSkill {
  id: string;
  name: string;
  /** The level counted for scoring (after the knowledge check), 0–4. */
  level: number;
  requiredLevel: number;
  levelText: string;
  requiredText: string;
  /** "1.5 levels to go" or "Reached". */
  gapText: string;
  reached: boolean;
}

export interface ComparedStudent {
  /** The share id: the address of the student's result page. */
  id: string;
  displayName: string;
  cohortName: string;
  takenOn: { text: string; iso: string };
  overall: number;
  band: { id: string; label: string };
  confidence: { level: "high" | "medium" | "low"; label: string };
  /** Education, skills and temperament, each out of 100. */
  parts: { id: ComponentId; label: string; score: number; scoreText: string }[];
  /** The exact degree the student picked ("B.Com"), or the background it counts as. */
  background: string;
  /** Every skill in the profile's order, so rows line up across students. */
  skills: ComparedSkill[];
  flags: { id: string; name: string; strengthLabel: string }[];
  topGaps: { id: string; name: string }[];
  /** Null when an experienced coder's skills cover the whole learning path. */
  learning: { step: number; total: number; focus: string } | null;
  stage: string;
}
