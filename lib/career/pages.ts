/**
 * The career profile in four pages, so that a phone on a slow connection is not sent the whole
 * profile (some 65 screens) at once: the work itself; getting in (education, the learning path,
 * career stages, pay and common questions); certifications; courses and programmes. Each page lists the
 * sources its own facts cite, numbered as everywhere else. No I/O, no React.
 */
import type { CareerProfile } from "@/lib/profiles";
import { CAREER_PATH } from "./paths";
import { citedIn, sourcesDifferNear } from "./view";

export { CAREER_PATH, TRY_WORK_PATH } from "./paths";

export type CareerSectionId =
  | "work"
  | "day"
  | "code-sets"
  | "skills"
  | "temperament"
  | "outlook"
  | "similar"
  | "education"
  | "learning"
  | "progression"
  | "pay"
  | "faqs"
  | "certifications"
  | "training";

export type CareerPageId = "work" | "path" | "certifications" | "courses";

type CareerPageModel = { id: CareerPageId; path: string; sections: readonly CareerSectionId[] };

export const careerPages: readonly CareerPageModel[] = [
  { id: "work", path: CAREER_PATH, sections: ["work", "day", "code-sets", "skills", "temperament", "outlook", "similar"] },
  { id: "path", path: `${CAREER_PATH}/path`, sections: ["education", "learning", "progression", "pay", "faqs"] },
  { id: "certifications", path: `${CAREER_PATH}/certifications`, sections: ["certifications"] },
  { id: "courses", path: `${CAREER_PATH}/courses`, sections: ["training"] },
];

export function careerPage(id: CareerPageId): CareerPageModel {
  return careerPages.find((page) => page.id === id)!;
}

/** The page a section is on. */
export function pageOf(section: CareerSectionId): CareerPageModel {
  return careerPages.find((page) => page.sections.includes(section))!;
}

/** A link to a section from a page: a jump on the same page, the other page's address otherwise. */
export function sectionHref(section: CareerSectionId, from: CareerPageId): string {
  const page = pageOf(section);
  return page.id === from ? `#${section}` : `${page.path}#${section}`;
}

/** The parts of the profile each section draws (and so the sources its marks cite). */
const SECTION_DATA: Record<CareerSectionId, (profile: CareerProfile) => unknown> = {
  work: ({ content, skills }) => [
    content.work,
    content.settings,
    content.codeSets,
    content.tools,
    content.whyCodesMatter,
    content.jobRoles,
    skills.find((skill) => skill.id === "ehr-computer"),
  ],
  day: ({ content }) => [content.dailyTasks, content.schedule, content.outputs],
  "code-sets": ({ content }) => [content.codeSets, content.icd11Note],
  skills: ({ skills }) => skills,
  temperament: ({ traits }) => traits,
  outlook: ({ content }) => [content.benefits, content.challenges, content.futureScope],
  similar: ({ content }) => content.similarCareers,
  education: ({ education, content }) => [education.backgrounds, education.minimumByMarket, content.employerAsks, sourcesDifferNear(content, "education")],
  learning: ({ learningPath, content }) => [learningPath, content.journey, content.projects],
  progression: ({ progression, content }) => [progression, sourcesDifferNear(content, "stages")],
  pay: ({ content }) => content.salaries,
  faqs: ({ content }) => [content.faqs, content.tips],
  certifications: ({ content }) => [content.markets, content.certifications, sourcesDifferNear(content, "certification")],
  training: ({ content }) => [content.courseTypes, content.programmes, sourcesDifferNear(content, "courses")],
};

/** The sources a page cites, in the profile's order: that page's Sources list. */
export function pageSources(profile: CareerProfile, id: CareerPageId) {
  const page = careerPage(id);
  return citedIn([id === "work" ? profile.content.summary : null, ...page.sections.map((section) => SECTION_DATA[section](profile))]);
}
