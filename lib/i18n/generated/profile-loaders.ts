// Written by `npm run i18n` from the folders in lib/i18n/messages: do not edit by hand.
export const profileLoaders = {
  hi: () => import("../messages/hi/profile.json").then((module) => module.default),
} as const;
