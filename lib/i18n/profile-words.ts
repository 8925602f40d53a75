/**
 * A career profile's words in another language. The profile (lib/profiles) is written in
 * English; `<locale>/profile.json` holds, for each profile id, the same words at the same places
 * (array entries keyed by their id, or step, or position), and `profileIn` puts them in a copy of
 * the profile. Ids, numbers and rules are never touched, so a copy scores exactly as the original.
 * `en/profile.json` is these words as the profile has them (`npm run i18n` writes it; a
 * test keeps it equal), the file a translator starts from.
 */
import type { CareerProfile } from "@/lib/profiles/schema";

/**
 * The places in a profile whose words the quiz, a result, its plan and the report show. `[]` is
 * every entry of a list (keyed by its id, step or value, else its position), `{}` every entry of
 * a record (keyed as in the record).
 */
export const PROFILE_WORD_PATHS = [
  "title",
  "skills[].name",
  "skills[].requiredLevelLabel",
  "skills[].usedFor",
  "skills[].byMarket.uk.name",
  "skills[].byMarket.uk.usedFor",
  "skills[].byMarket.canada.name",
  "skills[].byMarket.canada.usedFor",
  "traits[].name",
  "traits[].description",
  "traits[].dayToDay",
  "scoring.bands[].label",
  "scoring.bands[].meaning",
  "education.backgrounds[].degree",
  "education.backgrounds[].reason",
  "education.backgrounds[].mustAdd[]",
  "education.otherDegrees[].name",
  "education.otherDegrees[].reason",
  "education.minimumByMarket[].text",
  "learningPath[].focus",
  "learningPath[].task",
  "learningPath[].output",
  "progression[].stage",
  "progression[].roles[]",
  "progression[].description",
  "readiness.stages[].reason",
  "recommendations.tracks[].reason",
  "recommendations.certifications[].reason",
  "recommendations.courses[].reason",
  "content.certifications[].name",
  "content.certifications[].eligibility",
  "content.courseTypes[].name",
  "content.courseTypes[].duration",
  "content.courseTypes[].bestFor",
  "content.projects[].title",
  "content.projects[].description",
  "content.projects[].proof",
  "content.challenges[].text",
  "content.similarCareers[].name",
  "content.similarCareers[].shares",
  "content.similarCareers[].differs",
  "content.similarCareers[].ourReading.why",
  "content.markets[].roles[].roles[]",
  "content.markets[].school.finish.title",
  "content.markets[].school.finish.detail",
  "content.markets[].school.next.title",
  "content.markets[].school.next.detail",
  "content.markets[].entryRoute.step.title",
  "content.markets[].entryRoute.step.detail",
  "content.markets[].entryRoute.step.reason",
  "content.markets[].entryRoute.step.time",
  "content.salaries.india[].stage",
  "content.salaries.india[].experience",
  "content.salaries.usa[].tier",
  "content.salaries.note",
  // The career profile's pages (components/career) show these as well.
  "content.summary.text",
  "content.work.description",
  "content.work.responsibilities[]",
  "content.settings[].name",
  "content.markets[].name",
  "content.markets[].roleTitle",
  "content.markets[].notes",
  "content.outputs[].output",
  "content.dailyTasks[].text",
  "content.codeSets[].describes",
  "content.codeSets[].maintainedBy",
  "content.codeSets[].examples[].meaning",
  "content.codeSets[].examples[].correction.seedSays",
  "content.codeSets[].examples[].correction.correct",
  "content.icd11Note.text",
  "content.certifications[].focus",
  "content.journey[].name",
  "content.journey[].activities[]",
  "content.journey[].activitiesFor[].text",
  "content.journey[].result",
  "content.courseTypes[].examples[]",
  "content.salaries.india[].differentiators",
  "content.salaries.uk[].role",
  "content.salaries.uk[].band",
  "content.salaries.uk[].payCountry",
  "content.salaries.uk[].bandNote",
  "content.benefits[].text",
  "content.futureScope[].text",
  "content.tips[].text",
  "content.faqs[].question",
  "content.faqs[].answer",
  "content.programmes[].category",
  "content.programmes[].why",
  "content.tools[].purpose",
  "content.schedule.text",
  "content.whyCodesMatter[].text",
  "content.jobRoles[].title",
  "content.jobRoles[].description",
  "content.employerAsks[].text",
  "content.sourcesDiffer[].topic",
  "content.sourcesDiffer[].views[].says",
  "questionnaire.agreementScale[].label",
  "questionnaire.sections[].title",
  "questionnaire.sections[].intro",
  "questionnaire.sections[].items[].prompt",
  "questionnaire.sections[].items[].help",
  "questionnaire.sections[].items[].explanation",
  "questionnaire.sections[].items[].anchors[]",
  "questionnaire.sections[].items[].options[].label",
  "questionnaire.sections[].items[].options[].hint",
  "questionnaire.sections[].items[].byMarket{}.prompt",
  "questionnaire.sections[].items[].byMarket{}.help",
  "questionnaire.sections[].items[].byMarket{}.explanation",
  "questionnaire.sections[].items[].byMarket{}.options{}",
] as const;

/** Nested words: objects by field name or entry key, strings at the leaves. */
export interface WordTree {
  [key: string]: string | WordTree;
}

type Node = unknown;

function entryKey(entry: Node, position: number): string {
  if (entry && typeof entry === "object") {
    const { id, step, value } = entry as { id?: unknown; step?: unknown; value?: unknown };
    if (typeof id === "string") return id;
    if (typeof step === "number") return `step-${step}`;
    if (typeof value === "string") return value;
  }
  return String(position);
}

const segmentsOf = (path: string) => path.replace(/\[\]/g, ".[]").replace(/\{\}/g, ".{}").split(".");

/** The entries a `[]` or `{}` segment stands for, each with its key. */
function entriesOf(node: Node, segment: string): [string, Node, (value: string) => void][] {
  if (segment === "[]") {
    if (!Array.isArray(node)) return [];
    return node.map((entry: Node, position) => [entryKey(entry, position), entry, (value: string) => (node[position] = value)]);
  }
  if (!node || typeof node !== "object" || Array.isArray(node)) return [];
  const record = node as Record<string, Node>;
  return Object.entries(record).map(([key, entry]) => [key, entry, (value: string) => (record[key] = value)]);
}

type Visit = (keys: string[], value: string, set: (value: string) => void) => void;

/** Calls `visit` for every string at `segments` under `node`, with its keys in a word tree and a setter. */
function eachWord(node: Node, segments: string[], keys: string[], visit: Visit): void {
  const [head, ...rest] = segments;
  if (head === undefined || node === null || typeof node !== "object") return;
  const record = node as Record<string, Node>;
  const entries: [string, Node, (value: string) => void][] =
    head === "[]" || head === "{}" ? entriesOf(node, head) : [[head, record[head], (value) => (record[head] = value)]];
  for (const [key, entry, set] of entries) {
    if (rest.length) eachWord(entry, rest, [...keys, key], visit);
    else if (typeof entry === "string") visit([...keys, key], entry, set);
  }
}

/** The profile's words at PROFILE_WORD_PATHS, as a profile.json holds them for this profile. */
export function wordsOf(profile: CareerProfile): WordTree {
  const out: WordTree = {};
  for (const path of PROFILE_WORD_PATHS) {
    eachWord(profile, segmentsOf(path), [], (keys, value) => {
      let tree = out;
      for (const key of keys.slice(0, -1)) tree = (tree[key] ??= {}) as WordTree;
      tree[keys.at(-1)!] = value;
    });
  }
  return out;
}

/** A copy of `profile` with the words of `words` in place; anything `words` lacks stays as it was. */
export function withWords<T extends CareerProfile>(profile: T, words: WordTree): T {
  const copy = structuredClone(profile);
  for (const path of PROFILE_WORD_PATHS) {
    eachWord(copy, segmentsOf(path), [], (keys, _value, set) => {
      let found: WordTree | string | undefined = words;
      for (const key of keys) found = typeof found === "object" ? found[key] : undefined;
      if (typeof found === "string") set(found);
    });
  }
  return copy;
}
