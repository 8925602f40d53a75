/**
 * The shape of a career profile. Generic on purpose: a second career is a new data file that
 * passes this schema, not new code. Every fact carries `source`: the seed document ("000"…"004"),
 * public page or own reasoning it comes from (lib/profiles/sources.ts), so anything shown on
 * screen can be traced.
 */
import { z } from "zod";
import { questionnaireSchema } from "./questionnaire-schema";
import { SOURCE_IDS } from "./sources";

/** A registered source (lib/profiles/sources.ts): a seed document, a public page, or "ours". */
export const sourceSchema = z.enum(SOURCE_IDS);

/** One or more sources behind a fact. */
const sourced = { source: z.union([sourceSchema, z.array(sourceSchema).min(1)]) };

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");
const text = z.string().trim().min(1);

export const marketIdSchema = z.enum(["india", "usa", "uk", "canada", "other"]);
export type MarketId = z.infer<typeof marketIdSchema>;

export const trainingSchema = z.enum(["none", "self-study", "course-in-progress", "course-completed", "certified"]);
export type Training = z.infer<typeof trainingSchema>;

/**
 * The shape a plan takes: still at school (finish school, choose a degree), entering the career
 * (course, credential, first job) or already experienced (specialise, advanced credential, next
 * role). Chosen by the profile's `recommendations.tracks` rules.
 */
export const planTrackSchema = z.enum(["school", "entry", "experienced"]);
export type PlanTrack = z.infer<typeof planTrackSchema>;

/** Self-rated and required skill levels share one 0–4 scale (O*NET-style anchors per skill). */
export const LEVEL_MIN = 0;
export const LEVEL_MAX = 4;
const level = z.number().min(LEVEL_MIN).max(LEVEL_MAX);

const range = z
  .object({ min: z.number().nonnegative(), max: z.number().nonnegative().nullable() })
  .refine((value) => value.max === null || value.max >= value.min, "max must not be below min");

export const skillSchema = z.object({
  id,
  name: text,
  type: z.enum(["healthcare", "coding_system", "analytical", "compliance", "soft_skill", "revenue_cycle", "technical"]),
  importance: z.enum(["high", "medium-high", "medium", "low"]),
  /** The level the profile asks for, in the seed's words ("intermediate-advanced") … */
  requiredLevelLabel: text,
  /** … and on the 0–4 scale the questionnaire uses. */
  requiredLevel: level,
  usedFor: text,
  /**
   * The skill's words in markets that code with other code sets (the UK: ICD-10 and OPCS-4;
   * Canada: ICD-10-CA and CCI). Only what a person reads follows the market: the id, level and
   * weight stay as they are, so scores do not change.
   */
  byMarket: z.partialRecord(marketIdSchema, z.object({ name: text.optional(), usedFor: text, ...sourced })).optional(),
  ...sourced,
});

export const traitSchema = z.object({
  id,
  kind: z.enum(["good-fit", "not-ideal"]),
  name: text,
  /** What the trait looks like in a person, in plain words. */
  description: text,
  /** What it means for day-to-day coding work. */
  dayToDay: text,
  ...sourced,
});

export const backgroundSchema = z.object({
  id,
  level: z.enum(["12th", "graduate"]),
  degree: text,
  fitScore: z.number().int().min(0).max(100),
  preferred: z.boolean(),
  reason: text,
  /** Skills this background usually brings, and the level it typically reaches (for comparisons). */
  typicalSkills: z.array(z.object({ skill: id, level })),
  /** What a person from this background usually has to add. */
  mustAdd: z.array(text).min(1),
  typicalFirstRole: text,
  /**
   * Where `typicalSkills`, `mustAdd` and `typicalFirstRole` come from: our own reasoning ("ours"),
   * since no source pairs a background with skills, gaps or a first role. The background's
   * `source` covers its seed facts only (degree, fit score, preferred, reason).
   */
  lists: z.object(sourced),
  ...sourced,
});

export const otherDegreeSchema = z.object({
  id,
  name: text,
  mapsTo: id,
  /** Points added to (or taken from) the mapped background's fit score; 0 when it is the same. */
  fitAdjustment: z.number().int().min(-30).max(10),
  reason: text,
  ...sourced,
});

export const learningStepSchema = z.object({
  step: z.number().int().min(1),
  focus: text,
  task: text,
  output: text,
  /** The step counts as done when every listed skill is at least at its level. */
  doneWhen: z.array(z.object({ skill: id, atLeast: level })),
  ...sourced,
});

export const journeyPhaseSchema = z.object({
  phase: z.number().int().min(1),
  name: text,
  /** The seed's month range (a US path); the report's timeline follows the person's market instead. */
  months: range,
  /** Activities that apply to everyone in this phase. */
  activities: z.array(text).min(1),
  /**
   * Activities that apply only in some markets or at some life stages (answer values of the
   * questionnaire's stage question), such as the GED in the USA. Missing conditions match all.
   */
  activitiesFor: z
    .array(z.object({ text, markets: z.array(marketIdSchema).min(1).optional(), lifeStages: z.array(id).min(1).optional(), ...sourced }))
    .optional(),
  result: text,
  ...sourced,
});

export const courseTypeSchema = z.object({
  id,
  name: text,
  duration: text,
  months: range,
  bestFor: text,
  examples: z.array(text),
  ...sourced,
});

export const certificationSchema = z.object({
  id,
  code: text,
  name: text,
  issuer: text,
  level: z.enum(["entry", "core", "advanced", "specialty", "degree-based"]),
  markets: z.array(marketIdSchema).min(1),
  /**
   * Where the `markets` list (the countries the credential counts in) comes from, when that is
   * not the same as the credential's own `source`: usually our own reading of the seeds ("ours").
   */
  marketsBasis: z.object(sourced).optional(),
  focus: text,
  eligibility: text.optional(),
  ...sourced,
});

/**
 * Where a seed gets a fact wrong: which seed, what it says, and what is right instead. `source`
 * names the public page that shows the right fact; the page shows the note beside the fact.
 */
export const seedCorrectionSchema = z.object({ seed: sourceSchema, seedSays: text, correct: text, ...sourced });

export const codeSetSchema = z.object({
  id,
  name: text,
  describes: text,
  maintainedBy: text.optional(),
  examples: z.array(z.object({ code: text, meaning: text, correction: seedCorrectionSchema.optional(), ...sourced })),
  ...sourced,
});

/**
 * A point on which the sources disagree, shown to the reader beside the fact rather than settled
 * silently: what each source (or group of sources) says. `near` names the part of the career page
 * that shows it.
 */
export const sourcesDifferSchema = z.object({
  id,
  near: z.enum(["education", "courses", "stages", "certification"]),
  topic: text,
  views: z.array(z.object({ says: text, ...sourced })).min(2),
  ...sourced,
});

export const progressionStageSchema = z.object({
  id,
  stage: text,
  roles: z.array(text).min(1),
  experienceYears: range,
  description: text,
  ...sourced,
});

const salaryRange = z.object({ min: z.number().positive(), max: z.number().positive(), openEnded: z.boolean() });

export const salarySchema = z.object({
  india: z.array(
    z.object({
      stage: text,
      /** Which progression stages this salary row applies to. */
      stageIds: z.array(id).min(1),
      experience: text,
      annualInrLakh: salaryRange,
      monthlyInr: salaryRange,
      differentiators: text,
      ...sourced,
    }),
  ),
  usa: z.array(
    z.object({
      tier: text,
      stageIds: z.array(id).min(1),
      /** The row applies only with this training (the sources split US pay by certification). */
      training: z.array(trainingSchema).min(1).optional(),
      annualUsd: salaryRange,
      ...sourced,
    }),
  ),
  /**
   * NHS pay in pounds by Agenda for Change band: the band a post of this kind is typically on and
   * that band's national pay for one named pay year and country. Optional: a profile whose sources
   * give no UK figures leaves it out, and the report says so.
   */
  uk: z
    .array(
      z.object({
        role: text,
        stageIds: z.array(id).min(1),
        /** "Band 3". */
        band: text,
        /** The pay year the figures are for ("2025/26"): NHS pay scales change every April. */
        payYear: z.string().regex(/^\d{4}\/\d{2}$/),
        /** The country whose pay scale the figures are ("England"): the four UK nations differ. */
        payCountry: text,
        annualGbp: salaryRange,
        /** What a reader should know about the band itself (trusts band posts differently). */
        bandNote: text.optional(),
        ...sourced,
      }),
    )
    .optional(),
  note: text,
});

const sourcedText = z.object({ text, ...sourced });

export const profileContentSchema = z.object({
  summary: sourcedText,
  work: z.object({ description: text, responsibilities: z.array(text).min(3), ...sourced }),
  settings: z.array(z.object({ id, name: text, ...sourced })).min(3),
  markets: z.array(
    z.object({
      id: marketIdSchema,
      name: text,
      roleTitle: text,
      notes: text,
      minimumEducation: text,
      currency: z.enum(["INR", "USD", "GBP", "CAD"]),
      /**
       * How people usually get in: a certificate course and then an exam, a trainee post in which
       * the credential is taken (UK), or an accredited programme that must come first (Canada).
       * Routes other than a course describe their step here; a course's words come from courseTypes.
       */
      entryRoute: z.object({
        kind: z.enum(["course", "trainee-post", "accredited-programme"]),
        step: z.object({ title: text, detail: text, reason: text, time: text }).optional(),
        ...sourced,
      }),
      /** For people still at school: finishing school, then what to study. */
      school: z
        .object({
          finish: z.object({ title: text, detail: text }),
          next: z.object({
            title: text,
            detail: text,
            /** Whether the profile's preferred graduate degrees are listed after the detail. */
            listPreferredDegrees: z.boolean(),
          }),
          ...sourced,
        })
        .optional(),
      /**
       * Job titles by progression stage where the market's own differ. A market that lists any
       * shows only these; stages it does not list have no titles there (the sources name none).
       */
      roles: z.array(z.object({ stage: id, roles: z.array(text).min(1), ...sourced })).optional(),
      ...sourced,
    }),
  ),
  outputs: z.array(z.object({ frequency: z.enum(["daily", "daily/weekly", "weekly/monthly"]), output: text, ...sourced })),
  dailyTasks: z.array(sourcedText).min(3),
  codeSets: z.array(codeSetSchema).min(3),
  icd11Note: sourcedText,
  certifications: z.array(certificationSchema),
  journey: z.array(journeyPhaseSchema),
  courseTypes: z.array(courseTypeSchema),
  salaries: salarySchema,
  similarCareers: z.array(
    z.object({
      id,
      name: text,
      shares: text,
      differs: text,
      /**
       * Our own reading, not the sources': the not-ideal traits of coding that this career shares
       * (a strong dislike of them rules it out as an alternative too), and why in a sentence.
       */
      ourReading: z.object({ sharesNotIdeal: z.array(id), why: text }).optional(),
      ...sourced,
    }),
  ),
  projects: z.array(
    z.object({ id, type: text, title: text, description: text, proof: text, skills: z.array(id).min(1), ...sourced }),
  ),
  challenges: z.array(z.object({ id, text, relatedTraits: z.array(id), ...sourced })),
  benefits: z.array(sourcedText),
  futureScope: z.array(sourcedText),
  faqs: z.array(z.object({ question: text, answer: text, ...sourced })),
  programmes: z.array(
    z.object({ market: marketIdSchema, category: text, institution: text, programme: text, why: text, ...sourced }),
  ),
  tips: z.array(sourcedText),
  /** What coders use software and tools for (seed 000 kept the purposes, not the tools' names). */
  tools: z.array(z.object({ purpose: text, ...sourced })).min(1),
  /** Hours and pattern of work. */
  schedule: sourcedText,
  /** Why correct codes matter, and where coding sits in the revenue cycle. */
  whyCodesMatter: z.array(sourcedText).min(1),
  /**
   * Job titles the sources name: by career stage (trainee to manager) or across the field (hospital
   * coder, coding instructor). The profile's `progression` holds the stages with years.
   */
  jobRoles: z.array(z.object({ id, kind: z.enum(["stage", "field"]), title: text, description: text, ...sourced })).min(1),
  /** What employers ask for beyond the least each market requires (degrees, experience). */
  employerAsks: z.array(sourcedText).min(1),
  sourcesDiffer: z.array(sourcesDifferSchema),
});

const bandId = z.enum(["strong", "good", "possible", "not-natural"]);
export type BandId = z.infer<typeof bandId>;

export const scoringConfigSchema = z.object({
  /** Share of the overall score for each component; must add up to 1. */
  weights: z.object({ education: z.number().min(0), skills: z.number().min(0), temperament: z.number().min(0) }),
  importanceWeights: z.record(z.enum(["high", "medium-high", "medium", "low"]), z.number().positive()),
  traitWeights: z.object({ goodFit: z.number().positive(), notIdeal: z.number().positive() }),
  /** Bands from the highest cut-off down; the first whose `min` the overall reaches applies. */
  bands: z
    .array(z.object({ id: bandId, label: text, min: z.number().min(0).max(100), meaning: text }))
    .length(4),
  traits: z.object({
    /** A good-fit trait counts as matched at or above this 0–1 score. */
    matchedAt: z.number().min(0).max(1),
    /** A not-ideal trait raises a flag at or above `raisedAt`, a strong flag at `strongAt`. */
    flagRaisedAt: z.number().min(0).max(1),
    flagStrongAt: z.number().min(0).max(1),
  }),
  /** Strong not-ideal flags can hold the band down however high the score. */
  bandCaps: z.array(z.object({ minStrongFlags: z.number().int().min(1), maxBand: bandId })),
  /** The knowledge check calibrates self-rated levels of the listed skills; it never fails anyone. */
  calibration: z.object({
    skills: z.array(id).min(1),
    capWhenScoreBelow: z.number().min(0).max(1),
    capLevel: level,
    floorWhenScoreAtLeast: z.number().min(0).max(1),
    floorLevel: level,
  }),
  responseQuality: z.object({
    /** Share of identical temperament answers that counts as straight-lining. */
    straightLineShare: z.number().min(0).max(1),
    /** Number of contradictory reverse-keyed pairs that lowers confidence. */
    contradictionsForWarning: z.number().int().min(1),
  }),
});


export const readinessRulesSchema = z.object({
  /** Progression stages reachable now, checked from the most senior down. */
  stages: z.array(
    z.object({
      stage: id,
      minCodingYears: z.number().min(0),
      training: z.array(trainingSchema).min(1),
      reason: text,
    }),
  ),
});

/** Data rules that pick recommendations; each carries the reason shown to the person. */
export const recommendationRulesSchema = z.object({
  certifications: z.array(
    z.object({
      certification: id,
      when: z.object({
        markets: z.array(marketIdSchema).optional(),
        training: z.array(trainingSchema).optional(),
        backgrounds: z.array(id).optional(),
        minCodingYears: z.number().min(0).optional(),
      }),
      /**
       * When the credential can be started: the NCCQ inside a coding post, the CCCS after the
       * programme. Until then it is shown as the credential to aim for later, not the first step.
       */
      startsWhen: z
        .object({ minCodingYears: z.number().min(0).optional(), training: z.array(trainingSchema).min(1).optional() })
        .optional(),
      priority: z.number().int().min(1),
      reason: text,
    }),
  ),
  /** Plan tracks, checked in order: the first whose conditions all hold shapes the plan. */
  tracks: z
    .array(
      z.object({
        track: planTrackSchema,
        when: z.object({
          /** Answer values of the questionnaire's stage question ("school"). */
          lifeStages: z.array(id).min(1).optional(),
          training: z.array(trainingSchema).min(1).optional(),
          minCodingYears: z.number().min(0).optional(),
        }),
        reason: text,
      }),
    )
    .min(1),
  /** Course types suggested by market while training is not complete. */
  courses: z.array(z.object({ markets: z.array(marketIdSchema).min(1), courseType: id, reason: text })),
  /** Bands at which similar careers are offered as alternatives. */
  similarCareersForBands: z.array(z.enum(["strong", "good", "possible", "not-natural"])),
  /** Challenges always worth weighing, whatever the answers. */
  generalChallenges: z.array(id),
  /** Salary table by market; markets not listed get no figures. */
  salaryTable: z.array(z.object({ market: marketIdSchema, table: z.enum(["india", "usa"]) })),
});

export const careerProfileSchema = z.object({
  id,
  version: z.string().regex(/^\d{4}\.\d{2}\.\d+$/),
  title: text,
  skills: z.array(skillSchema).min(1),
  traits: z.array(traitSchema).min(1),
  education: z.object({
    backgrounds: z.array(backgroundSchema).min(1),
    otherDegrees: z.array(otherDegreeSchema),
    minimumByMarket: z.array(z.object({ market: marketIdSchema, text, ...sourced })),
  }),
  learningPath: z.array(learningStepSchema).min(1),
  progression: z.array(progressionStageSchema).min(1),
  scoring: scoringConfigSchema,
  readiness: readinessRulesSchema,
  recommendations: recommendationRulesSchema,
  questionnaire: questionnaireSchema,
  content: profileContentSchema,
});

export type CareerProfile = z.infer<typeof careerProfileSchema>;
export type ProfileContent = z.infer<typeof profileContentSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Trait = z.infer<typeof traitSchema>;
export type Background = z.infer<typeof backgroundSchema>;
export type SourcesDiffer = z.infer<typeof sourcesDifferSchema>;
export type SeedCorrection = z.infer<typeof seedCorrectionSchema>;
