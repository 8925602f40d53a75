/**
 * The installable site's name and description on a home screen (the manifest has one language).
 * The offline page's words, and what the quiz says while answers wait for a connection, are in
 * lib/i18n/messages/<locale>/offline.json.
 */

/** The web app manifest (app/manifest.ts): what a phone shows when the site is installed. */
export const APP_WORDS = {
  name: "Coder Fit: Medical Coder career-fit assessment",
  shortName: "Coder Fit",
  description:
    "An anonymous career-fit assessment for would-be medical coders: see how your education, skills and temperament fit the real work, and get a report with next steps.",
} as const;
