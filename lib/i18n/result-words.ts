/**
 * The words of a scored result in one language: the translator of use-intl (next-intl's core,
 * which needs no React) over the language's `result` messages
 * (lib/i18n/messages/<locale>/result.json), so describeResult runs the same on the server, in the
 * API, in scripts and in the browser (what-if). `next-intl` itself is not imported here: under
 * the react-server condition its entry loads React hooks that do not exist there.
 */
import { createTranslator } from "use-intl/core";
import { resultCatalogs } from "./generated/result";
import type { Locale } from "./locales";

const catalogs: Record<string, (typeof resultCatalogs)["en"]> = resultCatalogs;

/** One sentence of a result: a key of the `result` messages and the values it takes. */
export type ResultWords = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<string, ResultWords>();

export function resultTranslator(locale: string): ResultWords {
  const known = (catalogs[locale] ? locale : "en") as Locale;
  let say = translators.get(known);
  if (!say) {
    const t = createTranslator({ locale: known, messages: { result: catalogs[known]! }, namespace: "result" });
    say = (key, values) => (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
    translators.set(known, say);
  }
  return say;
}
