/**
 * How a language shows in the address: English has no prefix (/report/…), every other language
 * has its code (/hi/report/…), so a shared link opens in the language it was sent in and old
 * English links keep working. The choice is remembered on the device in the NEXT_LOCALE cookie
 * (set when a page in a language is opened or the switch is used); an address without a prefix
 * opens in the remembered language, or else the browser's, or else English.
 */
import { hasLocale } from "next-intl";
import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

export const routing = defineRouting({
  locales: LOCALES.map((locale) => locale.id),
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  // A year: the choice is the reader's, not the session's.
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // The pages are personal (reports, a counsellor's workspace): no alternate-language Link header.
  alternateLinks: false,
});

/** A page's [locale] segment as a language Coder Fit has (the layout has already refused others). */
export function knownLocale(requested: string): Locale {
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}

/** The language of a page or image route from its params. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  return knownLocale((await params).locale);
}
