/**
 * Every sentence the owner-only parts of the report show, in one place (they move into message
 * files with the rest of the product's words).
 */
export const OWNER_WORDS = {
  viewerTitle: "You are reading a shared report.",
  viewerBody: "Only the person who took it can share, retake or delete it.",
  viewerOwnTitle: "Is this your result?",
  viewerOwnBody:
    "Manage it from the phone or computer you took it on, or open the private owner link you saved from there on this device. Without that link, a result taken on a lost phone or in a cleared browser stays readable but can no longer be changed or deleted.",
  viewerStart: "Take the quiz yourself",
  readOnlyTitle: "This device can only read this result.",
  readOnlyBody:
    "Another device already holds the owner key of this result, which was taken before owner keys existed. Open the owner link from that device to manage it here.",
  linkAccepted: "This device can now share, retake and delete this result. Keep your owner link private.",
  linkRefused: "That owner link does not belong to this result, so this device can only read it. Check that you copied the whole link.",
  linkFailed: "We could not check your owner link just now. Check your connection and open the link again.",
  panelSummary: "Open this result on another device",
  panelLead:
    "This private owner link lets another phone or computer share, retake and delete this result. Scan the code with the other phone's camera, or copy the link and open it there.",
  panelWarning:
    "Keep it private: unlike the report link, anyone with it can delete your result. Save it somewhere only you can see. If you lose this device and have not saved it, the result can still be read but no longer changed or deleted.",
  panelFieldLabel: "Private owner link",
  panelCopy: "Copy owner link",
  panelCopied: "Owner link copied. Keep it private.",
  panelCopyManual: "Your browser did not allow copying. Select the link in the box and copy it.",
  panelQrLabel: "QR code of your private owner link",
  panelQrLoading: "Making the QR code…",
  panelQrFailed: "The QR code could not be made here; copy the link instead.",
} as const;
