/**
 * next-intl's per-request configuration (wired in next.config.ts): the language from the
 * address's [locale] segment (proxy.ts puts English's in for addresses without one), and that
 * language's page messages (lib/i18n/messages/<locale>/*.json, gathered by `npm run i18n`).
 */
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { uiCatalogs } from "./generated/ui";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: uiCatalogs[locale],
  };
});
