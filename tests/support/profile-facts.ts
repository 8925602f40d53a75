/**
 * Every displayable fact of a career profile, with the page that must show it. A fact is a piece
 * of text, or a number in the phrase the page puts it in, that came from a seed document: names,
 * descriptions, tasks, outputs, reasons, questions and answers, figures. A fact that belongs with
 * others (a skill's level with that skill, an answer with its question) carries a `scope`: the
 * `data-fact-scope` of the element that must hold it, so a figure cannot drift to the wrong row.
 *
 * Which fields are facts is said once, in SHOWN_FIELDS; every other field of the profile is in
 * LEFT_OUT_FIELDS with the reason it is not looked for. A field in neither list fails
 * tests/unit/career-facts.test.ts, so a new field in the data needs a decision.
 */
import type { CareerProfile, MarketId } from "../../lib/profiles";
import { activitiesFor, marketList, marketName, marketsView, skillNames, sourceIds, sourceNumber, type SourceRef } from "../../lib/career/view";
import {
  citedAs as citedAsIn,
  gbpAnnual,
  importanceWords,
  inMarket,
  inMarkets,
  inrAnnual,
  inrMonthly,
  levelWithLabel,
  monthsWords,
  stageRole,
  usdAnnual,
  wordFor,
  yearsWords,
} from "../../lib/career/words";
import { pageWords } from "../../lib/i18n/page-words";

/** The pages' words as English has them: the facts are looked for on the English pages. */
const t = pageWords("en", "career");

export type FactPage = "career" | "backgrounds";

export interface ProfileFact {
  /** Where the fact sits in the profile data, for the failure message. */
  path: string;
  text: string;
  page: FactPage;
  /** The `data-fact-scope` of the element that must hold the text; none means anywhere in <main>. */
  scope?: string;
}

export function profileFacts(profile: CareerProfile): ProfileFact[] {
  const facts: ProfileFact[] = [];
  const add = (path: string, text: string, scope?: string, page: FactPage = "career") => facts.push({ path, text, scope, page });
  const { content, education } = profile;

  add("title", profile.title);

  profile.skills.forEach((skill, i) => {
    const scope = `skill:${skill.id}`;
    add(`skills[${i}].name`, skill.name, scope);
    add(`skills[${i}].type`, wordFor(t, "skills.type", skill.type), scope);
    add(`skills[${i}].importance`, importanceWords(t, skill.importance), scope);
    add(`skills[${i}].requiredLevel`, levelWithLabel(t, skill.requiredLevel, skill.requiredLevelLabel), scope);
    add(`skills[${i}].requiredLevelLabel`, `(${skill.requiredLevelLabel})`, scope);
    add(`skills[${i}].usedFor`, skill.usedFor, scope);
    for (const [market, local] of Object.entries(skill.byMarket ?? {})) {
      if (!local) continue;
      add(`skills[${i}].byMarket.${market}`, inMarket(t, market as MarketId), scope);
      if (local.name) add(`skills[${i}].byMarket.${market}.name`, local.name, scope);
      add(`skills[${i}].byMarket.${market}.usedFor`, local.usedFor, scope);
    }
  });

  profile.traits.forEach((trait, i) => {
    const scope = `trait:${trait.id}`;
    add(`traits[${i}].kind`, trait.name, `traits:${trait.kind}`);
    add(`traits[${i}].name`, trait.name, scope);
    add(`traits[${i}].description`, trait.description, scope);
    add(`traits[${i}].dayToDay`, trait.dayToDay, scope);
  });

  education.backgrounds.forEach((background, i) => {
    const scope = `background:${background.id}`;
    add(`education.backgrounds[${i}].degree`, background.degree, scope);
    add(`education.backgrounds[${i}].fitScore`, t("education.fitScore", { score: background.fitScore }), scope);
    add(`education.backgrounds[${i}].preferred`, background.preferred ? t("education.preferred") : t("education.notPreferred"), scope);
    add(`education.backgrounds[${i}].reason`, background.reason, scope);
    background.mustAdd.forEach((item, j) => add(`education.backgrounds[${i}].mustAdd[${j}]`, item, undefined, "backgrounds"));
    add(`education.backgrounds[${i}].typicalFirstRole`, background.typicalFirstRole, undefined, "backgrounds");
  });
  education.otherDegrees.forEach((degree, i) => {
    add(`education.otherDegrees[${i}].name`, degree.name, undefined, "backgrounds");
    add(`education.otherDegrees[${i}].reason`, degree.reason, undefined, "backgrounds");
  });
  education.minimumByMarket.forEach((entry, i) => {
    const scope = `minimum:${entry.market}`;
    add(`education.minimumByMarket[${i}].market`, marketName(t, entry.market), scope);
    add(`education.minimumByMarket[${i}].text`, entry.text, scope);
  });

  profile.learningPath.forEach((step, i) => {
    const scope = `step:${step.step}`;
    add(`learningPath[${i}].step`, t("learning.step", { step: step.step, total: profile.learningPath.length }), scope);
    add(`learningPath[${i}].focus`, step.focus, scope);
    add(`learningPath[${i}].task`, step.task, scope);
    add(`learningPath[${i}].output`, step.output, scope);
  });

  profile.progression.forEach((stage, i) => {
    const scope = `stage:${stage.id}`;
    add(`progression[${i}].stage`, stage.stage, scope);
    add(`progression[${i}].experienceYears`, yearsWords(t, stage.experienceYears), scope);
    add(`progression[${i}].description`, stage.description, scope);
    stage.roles.forEach((role, j) => add(`progression[${i}].roles[${j}]`, role, scope));
  });

  add("content.summary.text", content.summary.text, "summary");
  add("content.work.description", content.work.description, "work");
  content.work.responsibilities.forEach((item, i) => add(`content.work.responsibilities[${i}]`, item));
  content.settings.forEach((setting, i) => add(`content.settings[${i}].name`, setting.name));

  marketsView(profile).forEach((market, i) => {
    const scope = `market:${market.id}`;
    add(`content.markets[${i}].name`, market.name, scope);
    add(`content.markets[${i}].roleTitle`, market.roleTitle, scope);
    add(`content.markets[${i}].notes`, market.notes, scope);
    market.roles.forEach((entry, j) => {
      add(`content.markets[${i}].roles[${j}]`, stageRole(t, entry.stageName, entry.roles), scope);
    });
    if (market.entryStep) {
      add(`content.markets[${i}].entryRoute.step.title`, market.entryStep.title, scope);
      add(`content.markets[${i}].entryRoute.step.detail`, market.entryStep.detail, scope);
    }
  });

  content.outputs.forEach((output, i) => {
    add(`content.outputs[${i}].frequency`, wordFor(t, "day.frequency", output.frequency), `outputs:${output.frequency}`);
    add(`content.outputs[${i}].output`, output.output, `outputs:${output.frequency}`);
  });
  content.dailyTasks.forEach((task, i) => add(`content.dailyTasks[${i}].text`, task.text));

  content.codeSets.forEach((set, i) => {
    const scope = `code-set:${set.id}`;
    add(`content.codeSets[${i}].name`, set.name, scope);
    add(`content.codeSets[${i}].describes`, set.describes, scope);
    if (set.maintainedBy) add(`content.codeSets[${i}].maintainedBy`, set.maintainedBy, scope);
    set.examples.forEach((example, j) => {
      add(`content.codeSets[${i}].examples[${j}].code`, example.code, scope);
      add(`content.codeSets[${i}].examples[${j}].meaning`, example.meaning, scope);
    });
  });
  add("content.icd11Note.text", content.icd11Note.text, "icd11");

  content.certifications.forEach((certification, i) => {
    const scope = `cert:${certification.id}`;
    add(`content.certifications[${i}].code`, certification.code, scope);
    add(`content.certifications[${i}].name`, certification.name, scope);
    add(`content.certifications[${i}].issuer`, certification.issuer, `issuer:${certification.issuer}`);
    add(`content.certifications[${i}].issuer (listed under it)`, certification.code, `issuer:${certification.issuer}`);
    add(`content.certifications[${i}].level`, wordFor(t, "certifications.level", certification.level), scope);
    add(`content.certifications[${i}].markets`, marketList(t, certification.markets), scope);
    add(`content.certifications[${i}].focus`, certification.focus, scope);
    if (certification.eligibility) add(`content.certifications[${i}].eligibility`, certification.eligibility, scope);
    for (const market of certification.markets) add(`content.certifications[${i}].markets (${market})`, certification.code, `market:${market}`);
  });

  content.journey.forEach((phase, i) => {
    const scope = `phase:${phase.phase}`;
    add(`content.journey[${i}].phase`, t("learning.phase", { phase: phase.phase }), scope);
    add(`content.journey[${i}].name`, phase.name, scope);
    add(`content.journey[${i}].months`, monthsWords(t, phase.months), scope);
    phase.activities.forEach((activity, j) => add(`content.journey[${i}].activities[${j}]`, activity, scope));
    activitiesFor(phase).forEach((activity, j) => {
      const text = activity.markets ? `${inMarkets(t, activity.markets)} ${activity.text}` : activity.text;
      add(`content.journey[${i}].activitiesFor[${j}]`, text, scope);
    });
    add(`content.journey[${i}].result`, phase.result, scope);
  });

  content.courseTypes.forEach((course, i) => {
    const scope = `course:${course.id}`;
    add(`content.courseTypes[${i}].name`, course.name, scope);
    add(`content.courseTypes[${i}].duration`, course.duration, scope);
    add(`content.courseTypes[${i}].bestFor`, course.bestFor, scope);
    course.examples.forEach((example, j) => add(`content.courseTypes[${i}].examples[${j}]`, example, scope));
  });

  content.salaries.india.forEach((row, i) => {
    const scope = `salary-india:${i}`;
    add(`content.salaries.india[${i}].stage`, row.stage, scope);
    add(`content.salaries.india[${i}].experience`, row.experience, scope);
    add(`content.salaries.india[${i}].annualInrLakh`, inrAnnual(t, row.annualInrLakh), scope);
    add(`content.salaries.india[${i}].monthlyInr`, inrMonthly(t, row.monthlyInr), scope);
    add(`content.salaries.india[${i}].differentiators`, row.differentiators, scope);
  });
  content.salaries.usa.forEach((row, i) => {
    const scope = `salary-usa:${i}`;
    add(`content.salaries.usa[${i}].tier`, row.tier, scope);
    add(`content.salaries.usa[${i}].annualUsd`, usdAnnual(t, row.annualUsd), scope);
  });
  (content.salaries.uk ?? []).forEach((row, i) => {
    const scope = `salary-uk:${i}`;
    add(`content.salaries.uk[${i}].role`, row.role, scope);
    add(`content.salaries.uk[${i}].band`, row.band, scope);
    add(`content.salaries.uk[${i}].payYear`, t("pay.payScale", { country: row.payCountry, year: row.payYear }), scope);
    add(`content.salaries.uk[${i}].payCountry`, t("pay.payScale", { country: row.payCountry, year: row.payYear }), scope);
    add(`content.salaries.uk[${i}].annualGbp`, gbpAnnual(t, row.annualGbp), scope);
    if (row.bandNote) add(`content.salaries.uk[${i}].bandNote`, row.bandNote, scope);
  });
  add("content.salaries.note", content.salaries.note, "salary-note");

  content.similarCareers.forEach((career, i) => {
    const scope = `similar:${career.id}`;
    add(`content.similarCareers[${i}].name`, career.name, scope);
    add(`content.similarCareers[${i}].shares`, career.shares, scope);
    add(`content.similarCareers[${i}].differs`, career.differs, scope);
  });

  content.projects.forEach((project, i) => {
    const scope = `project:${project.id}`;
    add(`content.projects[${i}].type`, wordFor(t, "learning.projectType", project.type), scope);
    add(`content.projects[${i}].title`, project.title, scope);
    add(`content.projects[${i}].description`, project.description, scope);
    add(`content.projects[${i}].proof`, project.proof, scope);
    skillNames(profile, project.skills).forEach((name, j) => add(`content.projects[${i}].skills[${j}]`, name, scope));
  });

  content.challenges.forEach((challenge, i) => add(`content.challenges[${i}].text`, challenge.text));
  content.benefits.forEach((benefit, i) => add(`content.benefits[${i}].text`, benefit.text));
  content.futureScope.forEach((item, i) => add(`content.futureScope[${i}].text`, item.text));
  content.tips.forEach((tip, i) => add(`content.tips[${i}].text`, tip.text));

  content.faqs.forEach((faq, i) => {
    add(`content.faqs[${i}].question`, faq.question, `faq:${i}`);
    add(`content.faqs[${i}].answer`, faq.answer, `faq:${i}`);
  });

  content.programmes.forEach((programme, i) => {
    const scope = `programme:${programme.institution}|${programme.programme}`;
    add(`content.programmes[${i}].market`, programme.programme, `programmes:${programme.market}`);
    add(`content.programmes[${i}].category`, programme.category, `programmes:${programme.market}`);
    add(`content.programmes[${i}].institution`, programme.institution, scope);
    add(`content.programmes[${i}].programme`, programme.programme, scope);
    add(`content.programmes[${i}].why`, programme.why, scope);
  });

  content.codeSets.forEach((set, i) => {
    set.examples.forEach((example, j) => {
      if (!example.correction) return;
      const scope = `correction:${example.code}`;
      const path = `content.codeSets[${i}].examples[${j}].correction`;
      add(`${path}.seed`, citedAs(example.correction.seed), scope);
      add(`${path}.seedSays`, example.correction.seedSays, scope);
      add(`${path}.correct`, example.correction.correct, scope);
    });
  });
  content.tools.forEach((tool, i) => add(`content.tools[${i}].purpose`, tool.purpose, "tools"));
  add("content.schedule.text", content.schedule.text, "schedule");
  content.whyCodesMatter.forEach((item, i) => add(`content.whyCodesMatter[${i}].text`, item.text, "why-codes-matter"));
  content.jobRoles.forEach((role, i) => {
    const scope = `role:${role.id}`;
    add(`content.jobRoles[${i}].title`, role.title, scope);
    add(`content.jobRoles[${i}].description`, role.description, scope);
  });
  content.employerAsks.forEach((item, i) => add(`content.employerAsks[${i}].text`, item.text));
  content.sourcesDiffer.forEach((entry, i) => {
    const scope = `differ:${entry.id}`;
    add(`content.sourcesDiffer[${i}].topic`, t("sourcesDiffer.lead", { topic: entry.topic }), scope);
    entry.views.forEach((view, j) => add(`content.sourcesDiffer[${i}].views[${j}].says`, `${citedAs(view.source)} ${view.says}`, scope));
  });

  return facts;
}

/** How a line names the sources it quotes: "source 3 says", "sources 1 and 5 say". */
function citedAs(source: SourceRef): string {
  return citedAsIn(t, sourceIds(source).map(sourceNumber));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Whitespace collapsed to single spaces, so line breaks in markup or data never matter. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** HTML entities decoded (React escapes quotes and ampersands in text). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A page's text for fact checks: the whole of <main>, and the text of each `data-fact-scope`
 * element. Parsed from the server's HTML with simple rules (no DOM), because the markup is ours:
 * scripts and comments go, tags become spaces, entities are decoded.
 */
export function pageText(html: string): { main: string; scopes: Map<string, string> } {
  const body = html.replace(/<script[\s\S]*?<\/script>/gi, "").replace(/<style[\s\S]*?<\/style>/gi, "").replace(/<!--[\s\S]*?-->/g, "");
  const mainMatch = /<main\b[\s\S]*<\/main>/i.exec(body);
  const toText = (markup: string) => normalise(decodeEntities(markup.replace(/<[^>]+>/g, " ")));
  const scopes = new Map<string, string>();
  // Each scoped element runs to its matching close tag: count opening and closing tags of its name.
  const opener = /<([a-z][a-z0-9]*)\b[^>]*\sdata-fact-scope="([^"]*)"[^>]*>/gi;
  for (let match = opener.exec(body); match; match = opener.exec(body)) {
    const [tag, name, rawScope] = [match[0], match[1]!.toLowerCase(), match[2]!];
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
    tags.lastIndex = match.index + tag.length;
    let depth = 1;
    let end = body.length;
    for (let inner = tags.exec(body); inner; inner = tags.exec(body)) {
      depth += inner[1] ? -1 : inner[0].endsWith("/>") ? 0 : 1;
      if (depth === 0) {
        end = inner.index;
        break;
      }
    }
    scopes.set(decodeEntities(rawScope), toText(body.slice(match.index + tag.length, end)));
  }
  return { main: toText(mainMatch ? mainMatch[0] : body), scopes };
}

/** The facts a page's HTML lacks: "path (in scope): text". */
/** Several pages read as one (the career profile's pages): their text joined, their scopes together. */
export function joinPageTexts(texts: { main: string; scopes: Map<string, string> }[]): { main: string; scopes: Map<string, string> } {
  const scopes = new Map<string, string>();
  for (const text of texts) for (const [name, inner] of text.scopes) scopes.set(name, scopes.has(name) ? `${scopes.get(name)} \n ${inner}` : inner);
  return { main: texts.map((text) => text.main).join(" \n "), scopes };
}

export function missingFacts(facts: ProfileFact[], text: { main: string; scopes: Map<string, string> }): string[] {
  return facts
    .filter((fact) => {
      const haystack = fact.scope === undefined ? text.main : text.scopes.get(fact.scope);
      return haystack === undefined || !haystack.includes(normalise(fact.text));
    })
    .map((fact) => `${fact.path}${fact.scope ? ` (in [data-fact-scope="${fact.scope}"])` : ""}: ${fact.text}`);
}

/** The fields the pages show (a path names a field of every list item with `[]`). */
export const SHOWN_FIELDS = [
  "title",
  "skills[].name",
  "skills[].type",
  "skills[].importance",
  "skills[].requiredLevel",
  "skills[].requiredLevelLabel",
  "skills[].usedFor",
  "skills[].byMarket",
  "traits[].kind",
  "traits[].name",
  "traits[].description",
  "traits[].dayToDay",
  "education.backgrounds[].degree",
  "education.backgrounds[].fitScore",
  "education.backgrounds[].preferred",
  "education.backgrounds[].reason",
  "education.backgrounds[].mustAdd",
  "education.backgrounds[].typicalFirstRole",
  "education.otherDegrees[].name",
  "education.otherDegrees[].reason",
  "education.minimumByMarket[].market",
  "education.minimumByMarket[].text",
  "learningPath[].step",
  "learningPath[].focus",
  "learningPath[].task",
  "learningPath[].output",
  "progression[].stage",
  "progression[].roles",
  "progression[].experienceYears",
  "progression[].description",
  "content.summary.text",
  "content.work.description",
  "content.work.responsibilities",
  "content.settings[].name",
  "content.markets[].name",
  "content.markets[].roleTitle",
  "content.markets[].notes",
  "content.markets[].roles",
  "content.markets[].entryRoute.step.title",
  "content.markets[].entryRoute.step.detail",
  "content.outputs[].frequency",
  "content.outputs[].output",
  "content.dailyTasks[].text",
  "content.codeSets[].name",
  "content.codeSets[].describes",
  "content.codeSets[].maintainedBy",
  "content.codeSets[].examples[].code",
  "content.codeSets[].examples[].meaning",
  "content.icd11Note.text",
  "content.certifications[].code",
  "content.certifications[].name",
  "content.certifications[].issuer",
  "content.certifications[].level",
  "content.certifications[].markets",
  "content.certifications[].focus",
  "content.certifications[].eligibility",
  "content.journey[].phase",
  "content.journey[].name",
  "content.journey[].months",
  "content.journey[].activities",
  "content.journey[].activitiesFor",
  "content.journey[].result",
  "content.courseTypes[].name",
  "content.courseTypes[].duration",
  "content.courseTypes[].bestFor",
  "content.courseTypes[].examples",
  "content.salaries.india[].stage",
  "content.salaries.india[].experience",
  "content.salaries.india[].annualInrLakh",
  "content.salaries.india[].monthlyInr",
  "content.salaries.india[].differentiators",
  "content.salaries.usa[].tier",
  "content.salaries.usa[].annualUsd",
  "content.salaries.uk[].role",
  "content.salaries.uk[].band",
  "content.salaries.uk[].payYear",
  "content.salaries.uk[].payCountry",
  "content.salaries.uk[].annualGbp",
  "content.salaries.uk[].bandNote",
  "content.salaries.note",
  "content.similarCareers[].name",
  "content.similarCareers[].shares",
  "content.similarCareers[].differs",
  "content.projects[].type",
  "content.projects[].title",
  "content.projects[].description",
  "content.projects[].proof",
  "content.projects[].skills",
  "content.challenges[].text",
  "content.benefits[].text",
  "content.futureScope[].text",
  "content.tips[].text",
  "content.faqs[].question",
  "content.faqs[].answer",
  "content.programmes[].market",
  "content.programmes[].category",
  "content.programmes[].institution",
  "content.programmes[].programme",
  "content.programmes[].why",
  "content.codeSets[].examples[].correction.seed",
  "content.codeSets[].examples[].correction.seedSays",
  "content.codeSets[].examples[].correction.correct",
  "content.tools[].purpose",
  "content.schedule.text",
  "content.whyCodesMatter[].text",
  "content.jobRoles[].title",
  "content.jobRoles[].description",
  "content.employerAsks[].text",
  "content.sourcesDiffer[].topic",
  "content.sourcesDiffer[].views[].says",
];

const ID = "an internal key, never shown as such";
const LINK = "a cross-reference between parts of the profile, used by the report";

/** Fields not looked for, each with the reason. `source` fields are checked by the sources spec instead. */
export const LEFT_OUT_FIELDS: Record<string, string> = {
  id: ID,
  version: "the profile's version, recorded with each result",
  scoring: "our scoring model (weights, bands, thresholds), described in docs/scoring.md, not a seed fact",
  readiness: "our rules for which stage a person can reach now, with the reason their own report shows",
  recommendations: "our rules for what a person's report recommends, with the reasons their own report shows",
  questionnaire: "the quiz's own questions, shown on /assessment",
  "skills[].id": ID,
  "traits[].id": ID,
  "education.backgrounds[].id": ID,
  "education.backgrounds[].level": "12th or graduate: each degree's own name says it",
  "education.backgrounds[].typicalSkills": "our model's typical levels per background, for comparisons (shown on /backgrounds as levels)",
  "education.otherDegrees[].id": ID,
  "education.otherDegrees[].mapsTo": "our model: which background a degree counts as (shown on /backgrounds)",
  "education.otherDegrees[].fitAdjustment": "our model's adjustment to the fit score (shown on /backgrounds)",
  "learningPath[].doneWhen": "our model's rule for when a step counts as done, for a person's plan",
  "progression[].id": ID,
  "content.settings[].id": ID,
  "content.markets[].id": ID,
  "content.markets[].minimumEducation": "the same fact as education.minimumByMarket, which the page shows; both would say it twice",
  "content.markets[].currency": "shown as the pay section's headings (INR, USD), not as a value",
  "content.markets[].entryRoute.kind": ID,
  "content.markets[].entryRoute.step.reason": "the report plan's framing of the way in; the market's notes say the same",
  "content.markets[].entryRoute.step.time": "the report plan's timing of the step for a person",
  "content.markets[].school": "the report plan's steps for people still at school; the minimum education by market says the same",
  "content.journey[].activitiesFor[].lifeStages": "quiz answer values: whom the activity suits in a person's plan",
  "content.codeSets[].id": ID,
  "content.certifications[].id": ID,
  "content.courseTypes[].id": ID,
  "content.courseTypes[].months": "the same span as `duration`, as numbers for sorting",
  "content.salaries.india[].stageIds": LINK,
  "content.salaries.usa[].stageIds": LINK,
  "content.salaries.uk[].stageIds": LINK,
  "content.salaries.usa[].training": "the report's rule for which tier a person's training reaches; the tier names say it",
  "content.similarCareers[].id": ID,
  "content.similarCareers[].ourReading": "our own reading for the report, not the sources'",
  "content.projects[].id": ID,
  "content.challenges[].id": ID,
  "content.challenges[].relatedTraits": LINK,
  "content.jobRoles[].id": ID,
  "content.jobRoles[].kind": "by career stage or across the field: the two lists' headings say it",
  "content.sourcesDiffer[].id": ID,
  "content.sourcesDiffer[].near": "which part of the page shows the line, beside the fact it is about",
};

/** Every field path in the profile data ("content.faqs[].answer"); `source` fields are left out. */
export function fieldPaths(profile: CareerProfile): string[] {
  const paths = new Set<string>();
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (!value.length) paths.add(path);
      value.forEach((item) => visit(item, `${path}[]`));
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) if (key !== "source") visit(inner, path ? `${path}.${key}` : key);
    } else paths.add(path);
  };
  visit(profile, "");
  return [...paths].map((path) => path.replace(/\[\]$/, ""));
}

/** Whether `path` is `field` or lies inside it. */
export function within(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[]`);
}

/** A fact's path as a field path: "skills[3].name" is "skills[].name". */
export function factField(fact: ProfileFact): string {
  return fact.path.replace(/ \(.*\)$/, "").replace(/\[\d+\]/g, "[]").replace(/\[\]$/, "");
}
