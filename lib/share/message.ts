/**
 * The message a person sends with a report's link (WhatsApp, email, the phone's share sheet), in
 * the page's language (the `share.message` messages), with the link to the report in that
 * language. It names the career and the band only: never an answer, a score, a name or an email.
 */
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import type { PageWords } from "@/lib/i18n/page-words";

export type ShareMessageInput = {
  /** The report's address; a hash (#owner=…) or query (?share=…) on it is dropped. */
  reportUrl: string;
  bandLabel: string;
  careerTitle: string;
  /**
   * The page's language, for an address without one: /report/<id> read on a Hindi page is sent
   * as /hi/report/<id>, so the link opens in the language of the message. English when left out.
   */
  locale?: string;
};

/** What the native share sheet gets, plus the same message as one text for WhatsApp and email. */
export type ShareMessage = {
  title: string;
  /** The sentence without the link: share sheets add `url` to it themselves. */
  text: string;
  /** The plain read-only report address: origin, the language and /report/<id>, nothing more. */
  url: string;
  /** `text` and the link together, for places that take a single message. */
  message: string;
  emailSubject: string;
};

const REPORT_PATH = /^(?:\/([a-z]{2,3}))?\/report\/([A-Za-z0-9_-]{22,64})\/?$/;
const LABEL_LENGTH = 80;
const LANGUAGES = new Set<string>(LOCALES.map((locale) => locale.id));

/** The address prefix of a language: none for English, "/hi" for Hindi; null for a language the site does not have. */
function prefixOf(locale: string): string | null {
  if (!LANGUAGES.has(locale)) return null;
  return locale === DEFAULT_LOCALE ? "" : `/${locale}`;
}

/**
 * The plain report address, or null for anything that is not an http(s) /report/<id> address
 * (with or without a language: /hi/report/<id>). Only the origin, the language and the path
 * survive: the owner key travels in the hash and the share outcome in the query, and a
 * user:password part has no business in a shared link. An address without a language gets
 * `locale`'s.
 */
export function cleanReportUrl(reportUrl: string, locale: string = DEFAULT_LOCALE): string | null {
  let parsed: URL;
  try {
    parsed = new URL(reportUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  if (parsed.username || parsed.password) return null;
  const match = REPORT_PATH.exec(parsed.pathname);
  if (!match) return null;
  const [, language, id] = match;
  const prefix = prefixOf(language ?? locale);
  return prefix === null ? null : `${parsed.origin}${prefix}/report/${id}`;
}

/** One line of plain words: no control characters or line breaks from the data, and a sane length. */
function oneLine(words: string): string {
  return words.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, LABEL_LENGTH);
}

/**
 * The share message for a report: its band and its plain link, worded by `t` (`useTranslations("share")`
 * on the page). Null when the address is not a report's.
 */
export function buildShareMessage({ reportUrl, bandLabel, careerTitle, locale }: ShareMessageInput, t: PageWords<"share">): ShareMessage | null {
  const url = cleanReportUrl(reportUrl, locale);
  const band = oneLine(bandLabel);
  const career = oneLine(careerTitle);
  if (!url || !band || !career) return null;
  const text = t("message.text", { career, band });
  return {
    title: t("message.title", { career }),
    text,
    url,
    message: `${text}\n\n${t("message.linkLead")} ${url}`,
    emailSubject: t("message.emailSubject", { career, band }),
  };
}

/** A WhatsApp link that opens the app (or WhatsApp Web) with the message typed in, no contact chosen. */
export function whatsAppLink(share: ShareMessage): string {
  return `https://wa.me/?text=${encodeURIComponent(share.message)}`;
}

/**
 * A mailto: link with the subject and body filled in and no recipient. Percent-encoded throughout
 * (a "+" would stay a "+" in mail apps), with CRLF line breaks as RFC 6068 asks.
 */
export function emailLink(share: ShareMessage): string {
  const body = share.message.replace(/\r?\n/g, "\r\n");
  return `mailto:?subject=${encodeURIComponent(share.emailSubject)}&body=${encodeURIComponent(body)}`;
}
