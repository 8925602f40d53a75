// Written by `npm run i18n` from the folders in lib/i18n/messages: do not edit by hand.
import en_common from "../messages/en/common.json";
import hi_common from "../messages/hi/common.json";

export const uiCatalogs = {
  en: { "common": en_common },
  hi: { "common": hi_common },
} as const;

/** The pages' messages, as English has them: the shape every language's must have. */
export type UiMessages = (typeof uiCatalogs)["en"];
