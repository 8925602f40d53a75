/**
 * The words of a scored result in one language: next-intl's translator over the language's
 * `result` messages (lib/i18n/messages/<locale>/result.json). Plain functions, no React, so
 * describeResult runs the same on the server, in the API and in the browser (what-if).
 */
import { createTranslator } from "next-intl";
import en from "./messages/en/result.json";
import hi from "./messages/hi/result.json";

const catalogs: Record<string, typeof en> = { en, hi };

/** One sentence of a result: a key of the `result` messages and the values it takes. */
export type ResultWords = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<string, ResultWords>();

export function resultTranslator(locale: string): ResultWords {
  const known = catalogs[locale] ? locale : "en";
  let say = translators.get(known);
  if (!say) {
    const t = createTranslator({ locale: known, messages: { result: catalogs[known]! }, namespace: "result" });
    say = (key, values) => (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
    translators.set(known, say);
  }
  return say;
}
