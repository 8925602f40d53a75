/**
 * The words of plans that fit a person's stage (still at school, entering, experienced) and
 * market (a course then an exam, an NHS trainee post, an accredited programme), kept apart from
 * the logic in journey.ts, answer.ts and view.ts so they can move into message files.
 * Figures come from the profile data; where a phrase carries one, the comment names its source.
 */
import type { ProfileMarket } from "@/lib/profiles";

export type EntryRouteKind = ProfileMarket["entryRoute"]["kind"];

/** Where a person is on the journey when their track, not their training, decides it. */
export const trackPositionWords = {
  school: "You are still at school: finishing school and choosing what to study come first.",
  experienced: "You are certified and already code for a living, so growing in the career is where you are.",
};

/**
 * One timeline for the five journey phases, in the person's market. The training phase takes the
 * market's course length (courseTypes), so the journey and the course action always agree.
 */
export const timelineWords = {
  /** Phase 1: the profile gives months 0–6 (source 002). */
  foundation: (maxMonths: number) => `Up to ${maxMonths} months`,
  foundationAtSchool: "While you finish school",
  training: {
    course: (duration: string) => duration,
    "trainee-post": "In your trainee post",
    "accredited-programme": "About two years for a diploma",
  } satisfies Record<EntryRouteKind, unknown>,
  certification: {
    // The sources give no figure: preparation "may add time depending on study pace" (002).
    course: "After the course, at your own pace",
    "trainee-post": "During your trainee post",
    "accredited-programme": "After you graduate",
  } satisfies Record<EntryRouteKind, string>,
  firstJob: "Your first years of work",
  growth: "From then on",
};

/** Action words for the school and experienced tracks, and the routes that are not a course. */
export const stageActionWords = {
  finishSchoolTime: "Until you finish school",
  chooseDegreeTime: "Before you leave school",
  degreeList: (detail: string, degrees: string) => `${detail} ${degrees}.`,
  learnAtSchoolTime: "Now, alongside school",
  grow: (stage: string, roles: string) => ({
    title: roles ? `Grow into ${stage.toLowerCase()} roles: ${roles}` : `Grow into the ${stage.toLowerCase()} stage`,
  }),
  laterRole: (stage: string, roles: string) => ({
    title: roles ? `Then aim for ${stage.toLowerCase()} roles: ${roles}` : `Then aim for the ${stage.toLowerCase()} stage`,
  }),
  growTime: (years: number) => `From about ${years} years of coding`,
  advancedCertificationTime: "Alongside your job",
  /** In place of "no certification is suggested" for someone who already holds one. */
  certificationHeld:
    "You already hold a coding certification, so none is needed to start. Advanced credentials come after a year or more of coding work.",
  noAdvancedCredential: (market: string) => `Our sources name no advanced coding credential for ${market}, so none is suggested.`,
  /** Short on purpose: the answer block must fit two phone screens; the details view names the dislikes. */
  noneFits: {
    title: "Look beyond careers like coding",
    detail: "Nearby careers share what you dislike most, so none fits better. Ask a careers counsellor.",
  },
  noneFitsTime: "One conversation",
};

/** How a certification that waits for a post or a programme is marked. */
export const laterCertificationWords: Record<EntryRouteKind, string> = {
  course: "Later in your plan",
  "trainee-post": "Taken within your trainee post",
  "accredited-programme": "After your accredited programme",
};

export const stageRoleWords = {
  /** Shown instead of "job titles to look for now" when none are reachable yet. */
  noneNow: "None yet: these are the first jobs once you have trained.",
  schoolReason: "You are still at school. Once you have your degree and a coding course, these are the first jobs to look for.",
  /** A stage for which the sources name no titles in the person's market. */
  noTitles: (market: string) => `Our sources give no job titles for this stage in ${market}.`,
  firstJobSalary: (stage: string) => `${stage}: what first coding jobs pay, once you are trained`,
};

export const similarCareerWords = {
  /** Added to a career that shares a not-ideal trait the person shows, but not strongly. */
  caution: (why: string) => `${why} Your answers lean against that.`,
  noneFit: (flags: string) =>
    `The careers we list next to coding all share something your answers flag strongly (${flags}), so we do not suggest any of them. None of them is a better fit for you.`,
};

/** The "look at the alternatives" verdict when every nearby career shares a strong dislike. */
export const verdictLineWhenNoneFits =
  "Coding does not come naturally from your answers, and nearby careers share what you dislike. Try the work before you spend on a course.";

/** The details view's learning section for an experienced coder whose skills cover the path. */
export const learningCompleteWords =
  "Your skill answers cover the whole learning path, which leads to a first job. Your plan is about growing instead: a specialty, an advanced credential and the next role.";
