/**
 * A stored result in the words of its market. The engine writes skill names with the profile's
 * usual names ("CPT Coding" in a strength or a warning); a person in the UK or Canada codes
 * procedures in OPCS-4 or CCI, so the report shows the skill's name for their market instead
 * (the profile's `byMarket`). Only strings change: scores, ids and levels stay as stored.
 */
import { marketSkillNames, renameSkills, type CareerProfile } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/results/types";

const renamed = new WeakMap<AssessmentResult, AssessmentResult>();
/** Results this module made, so passing one back in costs nothing. */
const made = new WeakSet<AssessmentResult>();

function rename(value: unknown, pairs: readonly [string, string][]): unknown {
  if (typeof value === "string") return renameSkills(value, pairs);
  if (Array.isArray(value)) return value.map((item) => rename(item, pairs));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rename(inner, pairs)]));
  }
  return value;
}

/** The result with every skill name as its market reads it; the same object when nothing differs. */
export function resultInMarket(result: AssessmentResult, profile: Pick<CareerProfile, "skills">): AssessmentResult {
  if (made.has(result)) return result;
  const cached = renamed.get(result);
  if (cached) return cached;
  const pairs = marketSkillNames(profile, result.market);
  const shown = pairs.length ? (rename(result, pairs) as AssessmentResult) : result;
  renamed.set(result, shown);
  made.add(shown);
  return shown;
}
