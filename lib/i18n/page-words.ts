/**
 * The pages' words outside React, on the server (PDFs, share cards, API answers, scripts): the same
 * messages next-intl gives components (lib/i18n/messages/<locale>/<namespace>.json), read with
 * use-intl's translator. Imports every language's messages, so it stays out of browser code: a
 * client component takes `useTranslations(namespace)` and hands the function to what needs it.
 *
 *   const t = pageWords("hi", "report");
 *   t("title"); // "आपकी करियर-फ़िट रिपोर्ट"
 */
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { uiCatalogs, type UiMessages } from "./generated/ui";
import type { Locale } from "./locales";

export type PageNamespace = NamespaceKeys<UiMessages, NestedKeyOf<UiMessages>>;

export function pageWords<N extends PageNamespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: uiCatalogs[locale] as UiMessages, namespace });
}

/** What pageWords gives for a namespace: the type to take when a function is handed a translator. */
export type PageWords<N extends PageNamespace> = ReturnType<typeof pageWords<N>>;
