// Written by `npm run i18n` from the folders in lib/i18n/messages: do not edit by hand.
export const LOCALE_LIST = [
  { id: "en", name: "English" },
  { id: "hi", name: "हिन्दी" },
] as const;
