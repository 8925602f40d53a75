/**
 * What the scoring engine returns: numbers, ids and the parameters a sentence needs, never the
 * sentence. Words come from lib/results/describe.ts, which turns these facts into the worded
 * result (lib/results/types.ts) in a language's messages, so one score reads in any language.
 */
import type { BandId, MarketId, PlanTrack, Training } from "../profiles/schema";
import type { AnswerValue } from "./answers";

export type ComponentId = "education" | "skills" | "temperament";

/** One answer behind a figure: the question id and the value given (the report words it). */
export interface Evidence {
  itemId: string;
  answer: AnswerValue;
}

/** What a receipt line's explanation is about, with the figures it quotes. */
export type ReceiptBasis =
  | { kind: "education"; degreeId: string }
  | { kind: "skill"; selfRated: number; level: number }
  | { kind: "trait"; percent: number; goodFit: boolean };

/** One line of the receipt. All lines' points add up exactly to the overall score. */
export interface ScoredReceiptLine {
  component: ComponentId;
  /** What the line is about: a skill id, a trait id, or the background id. */
  factorId: string;
  basis: ReceiptBasis;
  /** This factor's share of the overall score (all weights add up to 1). */
  weight: number;
  /** How far this factor is met, 0–100. */
  value: number;
  /** Points contributed to the overall score, to one decimal place. */
  points: number;
  /** Most points this factor could have given. */
  maxPoints: number;
  answers: Evidence[];
}

export interface ScoredComponent {
  id: ComponentId;
  score: number;
  weight: number;
  points: number;
}

export interface ScoredSkill {
  skillId: string;
  importance: string;
  importanceWeight: number;
  requiredLevel: number;
  selfRated: number;
  /** The level used for scoring, after the knowledge check's calibration. */
  level: number;
  calibration: "capped" | "raised" | null;
  /** Share of the required level reached, 0–1. */
  attainment: number;
  gap: number;
  /** importance weight × gap: the order in which to work on skills. */
  priority: number;
}

export interface ScoredTrait {
  traitId: string;
  kind: "good-fit" | "not-ideal";
  /** 0–1: how strongly the answers show this trait. */
  score: number;
  strength?: "raised" | "strong";
  /** The answers that point towards the trait (all its answers when none do). */
  answers: Evidence[];
}

export type ScoredWarning =
  | { code: "straight-lining"; itemIds: string[] }
  | { code: "contradictions"; itemIds: string[]; pairs: number }
  | { code: "self-rating-vs-knowledge"; itemIds: string[]; skillIds: string[]; capLevel: number };

/** A strength in the order the report lists them. */
export type ScoredStrength = { kind: "background" } | { kind: "trait"; traitId: string } | { kind: "skill"; skillId: string };

/** Something to work on, most urgent first. */
export type ScoredWorkOn = { kind: "flag"; traitId: string } | { kind: "gap"; skillId: string; level: number; requiredLevel: number };

/** A skill a learning step builds, with where the person stands on it. */
export interface MissingSkill {
  skillId: string;
  level: number;
  atLeast: number;
}

/** Why the plan starts at its learning step. */
export type StepReason =
  | { kind: "all-covered" }
  | { kind: "beginning"; missing: MissingSkill[] }
  | { kind: "next"; missing: MissingSkill[] };

export interface ScoredCertification {
  id: string;
  /** Position of the rule that chose it in the profile's certification rules (its reason). */
  rule: number;
  /** True when it is taken only later (the NCCQ inside a trainee post): the credential to aim for, not the first step. */
  later?: boolean;
}

/** A step of the plan, by kind; the words layer writes its title, detail and reason. */
export type PlanStep =
  | { kind: "school-finish" }
  | { kind: "school-next"; listDegrees: boolean }
  | { kind: "learning-step"; step: number }
  | { kind: "trial"; because: "flags" | "track" }
  | { kind: "certification"; id: string }
  | { kind: "project"; id: string }
  | { kind: "grow"; stageId: string }
  | { kind: "then"; stageId: string }
  | { kind: "course"; inProgress: boolean }
  | { kind: "route" };

export interface ScoredProject {
  id: string;
  /** The gap this project practises first; absent when it practises none of the person's gaps. */
  gap?: { skillId: string; level: number; requiredLevel: number };
}

export interface ScoredChallenge {
  id: string;
  /** Why it is listed: a flagged trait, a good-fit trait the answers did not show, or for everyone. */
  because: { kind: "flag"; traitId: string } | { kind: "unmatched"; traitId: string } | { kind: "general" };
}

export interface ScoredResult {
  profileId: string;
  profileVersion: string;
  questionnaireVersion: string;
  scoringVersion: string;
  market: MarketId;
  overall: number;
  band: BandId;
  /** Set when strong not-ideal flags held the band below what the score alone gives. */
  bandCap: { uncappedBand: BandId; flags: string[] } | null;
  components: Record<ComponentId, ScoredComponent>;
  receipt: ScoredReceiptLine[];
  education: { degreeId: string; backgroundId: string; fitScore: number; adjustment: number; preferred: boolean };
  skills: ScoredSkill[];
  /** Skill ids with a gap, most urgent first (importance × gap). */
  gaps: string[];
  strengths: ScoredStrength[];
  workOn: ScoredWorkOn[];
  /** Every trait's signal; `matched` and `flags` list trait ids, strongest first. */
  traits: { all: ScoredTrait[]; matched: string[]; flags: { traitId: string; strength: "raised" | "strong" }[] };
  readiness: {
    learningStep: { step: number; reason: StepReason };
    stage: { id: string };
    knowledge: { correct: number; total: number; share: number };
    training: Training;
    codingYears: number;
    healthcareYears: number;
    lifeStage?: string;
    track: PlanTrack;
    /** Position of the readiness rule that placed the person at this stage (its reason). */
    stageRule: number;
    /** Position of the track rule that chose the plan's shape; null when none matched. */
    trackRule: number | null;
  };
  quality: { warnings: ScoredWarning[]; confidence: "high" | "medium" | "low" };
  recommendations: {
    nextSteps: PlanStep[];
    certifications: ScoredCertification[];
    /**
     * The stage whose job titles fit now (null at school: none yet) and the first later stage
     * with titles in the market (null when none); the words layer names the titles.
     */
    firstRoles: { stageId: string; nowStageId: string | null; laterStageId: string | null };
    salary: { market: MarketId; current: boolean[] } | null;
    projects: ScoredProject[];
    challenges: ScoredChallenge[];
    similarCareers: string[];
  };
}
