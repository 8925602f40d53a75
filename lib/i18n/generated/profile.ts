// Written by `npm run i18n` from the folders in lib/i18n/messages: do not edit by hand.
import en from "../messages/en/profile.json" with { type: "json" };
import hi from "../messages/hi/profile.json" with { type: "json" };

export const profileCatalogs = { en, hi } as const;
