import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { PageWords } from "@/lib/i18n/page-words";

/** The printable invite sheet of one cohort, in the counsellor workspace. */
export function cohortInvitePath(cohortId: string): string {
  return `/counsellor/cohorts/${encodeURIComponent(cohortId)}/invite`;
}

/**
 * A page's address on this site in a language: English's has no prefix, another language's starts
 * with its code (/hi/join/…), so a student opens the invite in the language the counsellor shared
 * it in. Works on an absolute link (https://…/join/…) and on a path.
 */
export function inviteLinkIn(link: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return link;
  const absolute = /^https?:\/\//i.test(link);
  const url = new URL(link, "http://localhost");
  if (url.pathname !== `/${locale}` && !url.pathname.startsWith(`/${locale}/`)) url.pathname = `/${locale}${url.pathname}`;
  return absolute ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

/** The WhatsApp invite: one friendly message naming the cohort, with its invite link, in the translator's language. */
export function cohortInviteMessage(t: PageWords<"cohorts">, cohortName: string, inviteUrl: string): string {
  return t("card.whatsAppMessage", { cohort: cohortName.replace(/\s+/g, " ").trim(), link: inviteUrl });
}

/** A WhatsApp link that opens the app (or WhatsApp Web) with the invite typed in, no contact chosen. */
export function cohortWhatsAppLink(t: PageWords<"cohorts">, cohortName: string, inviteUrl: string): string {
  return `https://wa.me/?text=${encodeURIComponent(cohortInviteMessage(t, cohortName, inviteUrl))}`;
}
