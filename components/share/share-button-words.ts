/**
 * Every sentence the report's Share button and its menu show, in one place (they move into message
 * files with the rest of the product's words). The shared message itself is in lib/share/words.ts.
 */
export const SHARE_BUTTON_WORDS = {
  share: "Share",
  panelTitle: "Share this report",
  panelLead: (band: string) =>
    `The message gives your result, ${band}, and the link to this report. Anyone with the link can read the report.`,
  close: "Close share options",
  whatsApp: "WhatsApp",
  email: "Email",
  newTab: "(opens in a new tab)",
  copy: "Copy link",
  copyDone: "Copied",
  copied: "Link copied. Anyone with this link can read the report.",
  copyManual: "Your browser did not allow copying. Select the link below and copy it.",
  fieldLabel: "Link to this report",
} as const;
