import { z } from "zod";
import { COMPARE_MAX, COMPARE_MIN, compareWords } from "@/lib/counsellor/compare-words";
import { entityIdSchema } from "./ids";

/** The share ids of 2–4 different results to compare, in the order the counsellor chose them. */
export const compareIdsSchema = z
  .array(z.string())
  .min(COMPARE_MIN, compareWords.ids.tooFew)
  .max(COMPARE_MAX, compareWords.ids.tooMany)
  .superRefine((ids, context) => {
    ids.forEach((id, index) => {
      if (!entityIdSchema.safeParse(id).success) context.addIssue({ code: "custom", path: [index], message: compareWords.ids.invalid });
    });
    if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", message: compareWords.ids.duplicate });
  });

export type CompareIds = z.infer<typeof compareIdsSchema>;

/** "a,b,c" from `?ids=` (one value, or the parameter repeated) as a list, blanks dropped. */
export function splitCompareIds(value: string | string[] | null | undefined): string[] {
  const values = value == null ? [] : Array.isArray(value) ? value : [value];
  return values
    .flatMap((one) => one.split(","))
    .map((id) => id.trim())
    .filter(Boolean);
}

/** The ids as `?ids=` carries them. */
export const compareIdsParam = (ids: readonly string[]) => ids.join(",");
