import { inviteWords } from "./invite-words";

/** The printable invite sheet of one cohort, in the counsellor workspace. */
export function cohortInvitePath(cohortId: string): string {
  return `/counsellor/cohorts/${encodeURIComponent(cohortId)}/invite`;
}

/** The WhatsApp invite: one friendly message naming the cohort, with its invite link. */
export function cohortInviteMessage(cohortName: string, inviteUrl: string): string {
  return inviteWords.whatsAppMessage(cohortName.replace(/\s+/g, " ").trim(), inviteUrl);
}

/** A WhatsApp link that opens the app (or WhatsApp Web) with the invite typed in, no contact chosen. */
export function cohortWhatsAppLink(cohortName: string, inviteUrl: string): string {
  return `https://wa.me/?text=${encodeURIComponent(cohortInviteMessage(cohortName, inviteUrl))}`;
}
