/**
 * The worded result: the engine's facts (lib/scoring/types.ts) with every sentence, name and label
 * written in one language by describeResult (lib/results/describe.ts). This is what the report, the
 * PDF, what-if, the counsellor's copy and the API read, and the shape stored with each assessment.
 */
import type { BandId, MarketId, PlanTrack, Training } from "@/lib/profiles/schema";
import type { ComponentId, Evidence, ScoredSkill, ScoredTrait } from "@/lib/scoring/types";

export type { ComponentId, Evidence };

export interface ReceiptLine {
  component: ComponentId;
  /** What the line is about: a skill id, a trait id, or the background id. */
  factorId: string;
  factor: string;
  /** This factor's share of the overall score (all weights add up to 1). */
  weight: number;
  /** How far this factor is met, 0–100. */
  value: number;
  /** Points contributed to the overall score, to one decimal place. */
  points: number;
  /** Most points this factor could have given. */
  maxPoints: number;
  explanation: string;
  answers: Evidence[];
}

export interface ComponentScore {
  id: ComponentId;
  label: string;
  score: number;
  weight: number;
  points: number;
}

/** A skill's figures from the engine, with its name in the result's language. */
export interface SkillAssessment extends ScoredSkill {
  name: string;
}

/** A trait's signal from the engine, with its name in the result's language. */
export interface TraitSignal extends ScoredTrait {
  name: string;
}

export interface QualityWarning {
  code: "straight-lining" | "contradictions" | "self-rating-vs-knowledge";
  message: string;
  itemIds: string[];
}

export interface Recommendation {
  title: string;
  detail: string;
  reason: string;
}

export interface CertificationAdvice {
  id: string;
  code: string;
  name: string;
  issuer: string;
  reason: string;
  eligibility?: string;
  /** True when it is taken only later (the NCCQ inside a trainee post): the credential to aim for, not the first step. */
  later?: boolean;
}

export interface SalaryAdvice {
  currency: "INR" | "USD";
  rows: { label: string; range: string; monthly?: string; current: boolean }[];
  reason: string;
  note: string;
}

export interface AssessmentResult {
  profileId: string;
  profileVersion: string;
  questionnaireVersion: string;
  scoringVersion: string;
  market: MarketId;
  overall: number;
  band: { id: BandId; label: string; meaning: string };
  /** Set when strong not-ideal flags held the band below what the score alone gives. */
  bandCap: { uncappedBand: BandId; reason: string; flags: string[] } | null;
  components: Record<ComponentId, ComponentScore>;
  receipt: ReceiptLine[];
  education: {
    degreeId: string;
    degree: string;
    backgroundId: string;
    background: string;
    fitScore: number;
    adjustment: number;
    preferred: boolean;
    reason: string;
  };
  skills: SkillAssessment[];
  /** Skill ids with a gap, most urgent first (importance × gap). */
  gaps: string[];
  strengths: string[];
  workOn: string[];
  /** Every trait's signal; `matched` and `flags` list trait ids, strongest first. */
  traits: { all: TraitSignal[]; matched: string[]; flags: { traitId: string; strength: "raised" | "strong" }[] };
  readiness: {
    learningStep: { step: number; focus: string; task: string; output: string; reason: string };
    stage: { id: string; stage: string; roles: string[]; reason: string };
    knowledge: { correct: number; total: number; share: number };
    training: Training;
    codingYears: number;
    healthcareYears: number;
    /** The answer to the stage question ("school", "graduate"…). Absent in results stored before it was read. */
    lifeStage?: string;
    /** The plan's shape (school, entry, experienced). Absent in results stored before plans had tracks. */
    track?: PlanTrack;
  };
  quality: { warnings: QualityWarning[]; confidence: "high" | "medium" | "low"; note: string };
  recommendations: {
    nextSteps: Recommendation[];
    certifications: CertificationAdvice[];
    firstRoles: { roles: string[]; later: string[]; reason: string };
    salary: SalaryAdvice | null;
    projects: (Recommendation & { id: string; proof: string })[];
    challenges: (Recommendation & { id: string })[];
    similarCareers: (Recommendation & { id: string })[];
  };
}
