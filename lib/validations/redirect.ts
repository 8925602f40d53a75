/**
 * Where a counsellor is sent after signing in or up (`?next=`): a page of the counsellor
 * workspace on this site, and nothing else. Pure, so the sign-in pages (server) and the forms
 * (browser) judge a value the same way.
 */

export const COUNSELLOR_HOME = "/counsellor";

const MAX_LENGTH = 2000;
/** A base no real request has: a value that resolves to another origin is not a path here. */
const PLACEHOLDER_ORIGIN = "http://placeholder.invalid";
/**
 * Browsers drop tabs and line breaks from a URL and read "\" as "/", so "/\t/evil.example" and
 * "/\\evil.example" both become "//evil.example", another site: refused rather than repaired.
 */
const UNSAFE_CHARACTER = /[\s\\\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;
/** Encoded slashes, backslashes and control characters: no counsellor page has them in its path. */
const ENCODED_UNSAFE = /%(?:2f|5c|[01][0-9a-f]|7f)/i;
const SINGLE_LEADING_SLASH = /^\/(?![/\\])/;

function isCounsellorPage(pathname: string): boolean {
  return pathname === COUNSELLOR_HOME || pathname.startsWith(`${COUNSELLOR_HOME}/`);
}

/**
 * The page to open after sign-in: `value` resolved as a URL (so "..", "%2e%2e" and the like are
 * settled first) and kept only when it stays on this origin under /counsellor. Returns the
 * resolved path, search and hash, never the raw input; `fallback` for anything else.
 */
export function counsellorReturnPath(value: unknown, fallback = COUNSELLOR_HOME): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return fallback;
  if (!SINGLE_LEADING_SLASH.test(value) || UNSAFE_CHARACTER.test(value)) return fallback;

  let url: URL;
  try {
    url = new URL(value, `${PLACEHOLDER_ORIGIN}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || !isCounsellorPage(url.pathname)) return fallback;

  // Checked again after resolving: what leaves here must still read as one path on this site.
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!SINGLE_LEADING_SLASH.test(path) || url.pathname.includes("//") || ENCODED_UNSAFE.test(url.pathname)) return fallback;
  if (UNSAFE_CHARACTER.test(path) || path.length > MAX_LENGTH) return fallback;
  return path;
}
