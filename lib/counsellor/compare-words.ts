/**
 * The limits of "compare students" and the API's own messages about a comparison link (English,
 * as every API message is). The pages word the same problems in their language from the
 * `counsellor.compare` messages; `compareIdsProblem` says which one a message is.
 */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export const compareWords = {
  /** The API's and the validation's words for a link that does not name 2–4 different results. */
  ids: {
    tooFew: `Choose at least ${COMPARE_MIN} students to compare.`,
    tooMany: `You can compare at most ${COMPARE_MAX} students at a time.`,
    duplicate: "The same student is chosen twice. Choose different students to compare.",
    invalid: "This comparison link is not valid: one of its result ids is mistyped.",
    missing: `This comparison link names no students. Choose ${COMPARE_MIN} to ${COMPARE_MAX} on your results to compare them.`,
  },
  /** The whole request fails when any one result is missing, foreign or withdrawn. */
  notAvailable: "One of the results you chose is not available.",
  notAvailableWhy:
    "A student may have stopped sharing their result, or the link is mistyped or not one of yours. Nothing of the others is shown until every result is available: choose the students again on your results.",
} as const;

export type CompareIdsProblem = keyof typeof compareWords.ids;

/** Which problem a validation message names ("invalid" for one it does not know). */
export function compareIdsProblem(message: string | undefined): CompareIdsProblem {
  const found = (Object.keys(compareWords.ids) as CompareIdsProblem[]).find((key) => compareWords.ids[key] === message);
  return found ?? "invalid";
}
