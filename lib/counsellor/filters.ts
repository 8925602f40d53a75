/**
 * The dashboard's filter, sort and page state: one zod schema read from the URL by the pages,
 * from the query string by the route handlers, and written back to the URL by the filter form,
 * so a view can be bookmarked and the table, the analytics and the CSV always agree.
 */
import { z } from "zod";
import { BACKGROUND_IDS, BAND_IDS, FLAG_ORDER } from "@/lib/shares/figures";
import { entityIdSchema } from "@/lib/validations/ids";
import { hasHiddenCharacters } from "@/lib/validations/text";

export const SORT_KEYS = ["date", "overall", "education", "skills", "temperament", "name"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const ATTEMPT_VIEWS = ["latest", "all"] as const;
export type AttemptView = (typeof ATTEMPT_VIEWS)[number];
export const DEFAULT_PAGE_SIZE = 25;

export { entityIdSchema };

/**
 * The date filters' messages, in English as every API message is: the filter form says the same
 * in the page's language (`counsellor.filters`), by these keys.
 */
export const DATE_MESSAGES = {
  dateFormat: "Use a date such as 2026-06-30.",
  noSuchDate: "This date does not exist.",
  backwards: "The start date is after the end date.",
} as const;

/**
 * A calendar day that exists: 2026-02-30 would roll over to March, and the year 0000 is not one
 * PostgreSQL accepts, so both are refused here rather than by the database.
 */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGES.dateFormat)
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.getUTCFullYear() >= 1 && parsed.toISOString().startsWith(value);
  }, DATE_MESSAGES.noSuchDate);

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const resultFiltersSchema = z
  .object({
    cohort: optional(entityIdSchema),
    band: optional(z.enum(BAND_IDS as [string, ...string[]], { error: "Choose one of the bands." })),
    background: optional(z.enum(BACKGROUND_IDS as [string, ...string[]], { error: "Choose one of the backgrounds." })),
    /** "any": at least one not-ideal flag; "none": no flags; a trait id: that flag. */
    flag: optional(z.enum(["any", "none", ...FLAG_ORDER] as [string, ...string[]], { error: "Choose a flag from the list." })),
    from: optional(day),
    to: optional(day),
    reviewed: optional(z.enum(["yes", "no"], { error: 'Reviewed is "yes" or "no".' })),
    q: optional(
      z
        .string()
        .trim()
        .max(80, "Search for at most 80 characters.")
        .refine((text) => !hasHiddenCharacters(text), "Search for letters, digits, spaces and punctuation only."),
    ),
    /** "latest" (the default when absent): one row per student, their newest attempt; "all": every attempt. */
    attempts: optional(z.enum(ATTEMPT_VIEWS, { error: 'Attempts is "latest" or "all".' })),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: DATE_MESSAGES.backwards,
    path: ["to"],
  });

export const resultQuerySchema = z.object({
  sort: optional(z.enum(SORT_KEYS, { error: "Sort by date, overall, a component or name." })).transform((v) => v ?? "date"),
  dir: optional(z.enum(["asc", "desc"], { error: 'Direction is "asc" or "desc".' })).transform((v) => v ?? "desc"),
  page: optional(z.coerce.number().int().min(1, "Pages start at 1.").max(100_000)).transform((v) => v ?? 1),
  pageSize: optional(
    z.coerce
      .number()
      .int()
      .refine((size) => (PAGE_SIZES as readonly number[]).includes(size), `Show ${PAGE_SIZES.join(", ")} rows a page.`),
  ).transform((v) => v ?? DEFAULT_PAGE_SIZE),
});

export type ResultFilters = z.infer<typeof resultFiltersSchema>;
export type ResultQuery = z.infer<typeof resultQuerySchema>;
export type ResultView = ResultFilters & ResultQuery;

export const FILTER_KEYS = ["cohort", "band", "background", "flag", "from", "to", "reviewed", "q"] as const;
/**
 * The filters plus the attempts switch: what the table, the analytics and the CSV all take. The
 * switch is kept apart from FILTER_KEYS because it is a way of counting, not a filter: it is not
 * counted as one and "Clear filters" leaves it as it is.
 */
const COUNTED_KEYS = [...FILTER_KEYS, "attempts"] as const;
const VIEW_KEYS = [...COUNTED_KEYS, "sort", "dir", "page", "pageSize"] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(params: Params): Record<string, string | undefined> {
  const record: Record<string, string | undefined> = {};
  for (const key of VIEW_KEYS) {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    record[key] = Array.isArray(value) ? value[0] : (value ?? undefined);
  }
  return record;
}

/** Strict: for route handlers, where a bad value is a 422 with the field named. */
export function parseResultView(params: Params) {
  const record = toRecord(params);
  const filters = resultFiltersSchema.safeParse(record);
  const query = resultQuerySchema.safeParse(record);
  if (filters.success && query.success) return { success: true as const, data: { ...filters.data, ...query.data } };
  return { success: false as const, error: (filters.success ? query.error : filters.error)! };
}

/**
 * Forgiving: for pages, where a hand-edited URL should still show something. Each bad value is
 * dropped on its own and the rest of the view kept.
 */
export function readResultView(params: Params): ResultView {
  const record = toRecord(params);
  for (;;) {
    const parsed = parseResultView(record);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    if (bad.size === 0) return parseResultView({}).data as ResultView;
    for (const key of bad) record[key] = undefined;
  }
}

/** The query string for a view, leaving out defaults so URLs stay short. */
export function viewToSearch(view: Partial<ResultView>): string {
  const params = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = view[key];
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === "date") continue;
    if (key === "dir" && value === "desc") continue;
    if (key === "page" && value === 1) continue;
    if (key === "pageSize" && value === DEFAULT_PAGE_SIZE) continue;
    if (key === "attempts" && value === "latest") continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The filters and the attempts switch (no sort or page): what the analytics and the CSV take. */
export function filtersOf(view: Partial<ResultView>): ResultFilters {
  const filters: Record<string, unknown> = {};
  for (const key of COUNTED_KEYS) if (view[key] !== undefined) filters[key] = view[key];
  return filters as ResultFilters;
}
