/**
 * The languages Coder Fit speaks: one folder each under lib/i18n/messages, listed from the folders
 * by `npm run i18n` (lib/i18n/generated/locales.ts) with the name a reader knows their language by
 * (the folder's meta.json). Adding a language: copy the `en` folder, translate every value, run
 * `npm run i18n` (docs/architecture.md, "Words and languages").
 */
import { z } from "zod";
import { LOCALE_LIST } from "./generated/locales";

export const LOCALES = LOCALE_LIST;

export type Locale = (typeof LOCALES)[number]["id"];

export const DEFAULT_LOCALE: Locale = "en";

const ids = LOCALES.map((locale) => locale.id) as [Locale, ...Locale[]];

export const localeSchema = z.enum(ids, {
  error: `Choose a language Coder Fit has: ${LOCALES.map((locale) => `${locale.id} (${locale.name})`).join(", ")}.`,
});

/** `?locale=` on an API: absent means English; anything else must be a language in the list. */
export const localeQuerySchema = z.object({ locale: localeSchema.default(DEFAULT_LOCALE) });

/** The language of a tag as browsers send it: "hi-IN" and "HI" are "hi"; "" is no language. */
export function languageOf(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The `locale` query parameter of a request ("hi", or a tag such as "hi-IN"), validated: absent
 * or empty means English; a language not in the list throws a ZodError (a 422 naming the ones there are).
 */
export function requestedLocale(request: Request): Locale {
  const language = languageOf(new URL(request.url).searchParams.get("locale") ?? "");
  return localeQuerySchema.parse(language ? { locale: language } : {}).locale;
}
