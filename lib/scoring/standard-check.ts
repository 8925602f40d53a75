/**
 * Checks without zod that plug in where a zod schema would: they implement Standard Schema
 * (standardschema.dev, which react-hook-form's standardSchemaResolver reads) and offer zod's
 * `safeParse` result shape. The quiz uses them in the browser so that it does not load zod.
 */

/** One problem: a message for a person, at a path of keys ([] for the value itself). */
export interface CheckIssue {
  readonly message: string;
  readonly path: readonly string[];
}

export type CheckResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: { issues: CheckIssue[] } };

/** The Standard Schema v1 interface, copied as its specification suggests. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => { readonly value: Output; readonly issues?: undefined } | { readonly issues: readonly CheckIssue[] };
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

export interface Check<Input, Output = Input> extends StandardSchemaV1<Input, Output> {
  safeParse(input: unknown): CheckResult<Output>;
}

/** A check from a function that returns the problems found (none: the value passes as `output`). */
export function makeCheck<Input, Output = Input>(run: (input: unknown) => { issues: CheckIssue[] } | { output: Output }): Check<Input, Output> {
  const safeParse = (input: unknown): CheckResult<Output> => {
    const outcome = run(input);
    return "issues" in outcome ? { success: false, error: { issues: outcome.issues } } : { success: true, data: outcome.output };
  };
  return {
    safeParse,
    "~standard": {
      version: 1,
      vendor: "coder-fit",
      validate: (value) => {
        const result = safeParse(value);
        return result.success ? { value: result.data } : { issues: result.error.issues };
      },
    },
  };
}

/** Plain objects only, as zod's z.object takes them (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
