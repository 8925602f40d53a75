import { SHARE_MESSAGE_WORDS } from "./words";

export type ShareMessageInput = {
  /** The report's address; a hash (#owner=…) or query (?share=…) on it is dropped. */
  reportUrl: string;
  bandLabel: string;
  careerTitle: string;
};

/** What the native share sheet gets, plus the same message as one text for WhatsApp and email. */
export type ShareMessage = {
  title: string;
  /** The sentence without the link: share sheets add `url` to it themselves. */
  text: string;
  /** The plain read-only report address: origin and /report/<id>, nothing more. */
  url: string;
  /** `text` and the link together, for places that take a single message. */
  message: string;
  emailSubject: string;
};

const REPORT_PATH = /^\/report\/([A-Za-z0-9_-]{22,64})\/?$/;
const LABEL_LENGTH = 80;

/**
 * The plain report address, or null for anything that is not an http(s) /report/<id> address.
 * Only the origin and the path survive: the owner key travels in the hash and the share outcome in
 * the query, and a user:password part has no business in a shared link.
 */
export function cleanReportUrl(reportUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(reportUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  if (parsed.username || parsed.password) return null;
  const id = REPORT_PATH.exec(parsed.pathname)?.[1];
  return id ? `${parsed.origin}/report/${id}` : null;
}

/** One line of plain words: no control characters or line breaks from the data, and a sane length. */
function oneLine(words: string): string {
  return words.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, LABEL_LENGTH);
}

/** The share message for a report: its band and its plain link. Null when the address is not a report's. */
export function buildShareMessage({ reportUrl, bandLabel, careerTitle }: ShareMessageInput): ShareMessage | null {
  const url = cleanReportUrl(reportUrl);
  const band = oneLine(bandLabel);
  const career = oneLine(careerTitle);
  if (!url || !band || !career) return null;
  const text = SHARE_MESSAGE_WORDS.text(career, band);
  return {
    title: SHARE_MESSAGE_WORDS.title(career),
    text,
    url,
    message: `${text}\n\n${SHARE_MESSAGE_WORDS.linkLead} ${url}`,
    emailSubject: SHARE_MESSAGE_WORDS.emailSubject(career, band),
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
