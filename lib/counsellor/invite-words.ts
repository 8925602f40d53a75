/**
 * Every word about inviting students to a cohort by QR code and by WhatsApp: the two links on the
 * cohort card, the printable invite sheet (for the counsellor around it, for students on it) and
 * the WhatsApp message, kept together so they can move to message files with the rest.
 */

export const inviteWords = {
  // The cohort card
  showQr: "Show QR code",
  shareWhatsApp: "Share on WhatsApp",
  /** Screen readers hear which cohort each link is for, after the visible words. */
  forCohort: (cohortName: string) => `for ${cohortName}`,
  whatsAppNewTab: "(opens WhatsApp in a new tab)",

  /** The WhatsApp message: a friendly line naming the cohort, then the link on its own line. */
  whatsAppMessage: (cohortName: string, inviteUrl: string) =>
    `Hi! Please take the Coder Fit assessment for “${cohortName}”: it takes 6 to 8 minutes and shows whether medical coding suits you. At the end you choose whether to share your result with me.\n\n${inviteUrl}`,

  // The invite page, for the counsellor (not printed)
  pageTitle: "Invite sheet",
  eyebrow: "Counsellor workspace",
  pageLead: (cohortName: string) =>
    `For “${cohortName}”. Print it for the notice board or show it on a projector: students scan the code with their phone camera.`,
  backToCohorts: "Back to cohorts",
  print: "Print",
  printHint: "Fits one A4 page. Only the sheet is printed.",

  // The invite page when the invite does not work
  archivedTitle: (cohortName: string) => `“${cohortName}” is archived`,
  archivedText:
    "An archived cohort takes no new results: its link and code tell students the class is closed. So there is no invite sheet to print. Restore it from the Cohorts page first, then come back here.",
  pausedTitle: (cohortName: string) => `Invites to “${cohortName}” are paused`,
  pausedText:
    "“Accepting new results” is off for this cohort, so its link and code take no new results and a sheet printed now would not work. Switch it on from the Cohorts page, then come back here.",
  goToCohorts: "Go to Cohorts",

  // The sheet, for students
  sheetBrand: "Coder Fit",
  sheetKicker: "Is medical coding the right career for you?",
  sheetInvitedBy: (counsellorName: string) => `${counsellorName} invites you to take the Medical Coder fit assessment.`,
  qrLabel: (cohortName: string) => `QR code: opens the Coder Fit invite for ${cohortName}`,
  qrCaption: "Scan with your phone camera",
  stepsHeading: "What to do",
  steps: (counsellorName: string) => [
    "Scan the code with your phone camera, or type the link below.",
    "Take the quiz: 6 to 8 minutes, no account needed.",
    `At the end, choose whether to share your result with ${counsellorName}. Nothing is shared unless you say so.`,
  ],
  codeHeading: "Cohort code",
  codeHint: (joinUrl: string) => `No camera? Open ${joinUrl} and enter this code.`,
  linkHeading: "Invite link",

  // An unknown cohort, or another counsellor's: told apart from nothing
  notFoundMetaTitle: "Cohort not found",
  notFoundEyebrow: "Error 404 · Not found",
  notFoundTitle: "We couldn’t find that cohort",
  notFoundText: "The link may be mistyped, or the cohort was deleted. Your cohorts are all on the Cohorts page.",
} as const;
