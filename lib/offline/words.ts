/**
 * Every sentence of the installable, offline-capable site in one place: the app's name on a home
 * screen, the page shown for a page this device has not kept, and what the quiz says when the
 * answers cannot be sent yet. They move into message files with the rest of the product's words.
 */

/** The web app manifest (app/manifest.ts): what a phone shows when the site is installed. */
export const APP_WORDS = {
  name: "Coder Fit: Medical Coder career-fit assessment",
  shortName: "Coder Fit",
  description:
    "An anonymous career-fit assessment for would-be medical coders: see how your education, skills and temperament fit the real work, and get a report with next steps.",
} as const;

/** app/offline/page.tsx, served by the service worker for a page with no copy on this device. */
export const OFFLINE_PAGE_WORDS = {
  metaTitle: "You're offline",
  eyebrow: "No connection",
  title: "You're offline",
  lead: "This page hasn't been saved on this phone or computer yet, so it needs a connection to open.",
  answersSafe: "Answers you've given in the assessment are kept on this device, so nothing is lost: carry on when you're back online.",
  retry: "Try again",
  retryByItself: "This page also tries again by itself as soon as your connection is back.",
  availableHeading: "These pages open without a connection",
  continueQuiz: "Continue the assessment",
  startQuiz: "Take the assessment",
  latestReport: "Your latest report",
  myResults: "My results",
  home: "Home page",
} as const;

/** The quiz's review step while the answers wait for a connection. */
export const OFFLINE_SUBMIT_WORDS = {
  title: "You're offline right now",
  body: "Your answers are safe on this device. Keep this page open: as soon as you're back online, we'll send them for you and open your report.",
  /** When the browser does not let the quiz save (private browsing): the answers live in this tab only. */
  bodyTabOnly:
    "Your answers are kept in this tab, so please leave it open: as soon as you're back online, we'll send them for you and open your report.",
  button: "Waiting for a connection…",
  /** Announced when the connection is back and the answers go out. */
  sending: "You're back online. Sending your answers…",
} as const;
