/**
 * What the service worker (lib/offline/service-worker.ts) may keep on this device, in one place
 * for the worker, the page that registers it and the tests. Pure: no browser globals.
 *
 * Kept: the built JavaScript, CSS and fonts, the offline page, and a few pages as last seen here
 * (the home page, the quiz, the device's results list, and each report opened on this device).
 * Never kept: API responses (owner keys travel in their headers), counsellor pages, invite and
 * join pages, or anything of another origin. Each page in every language: /hi/report/<id> as well
 * as /report/<id>.
 */
import { LOCALE_LIST } from "../i18n/generated/locales";

/** The languages whose pages carry their code in front (every one but English). */
const PREFIXED: readonly string[] = LOCALE_LIST.map((locale) => locale.id).filter((id) => id !== "en");
const PREFIX = PREFIXED.length ? `(?:/(?:${PREFIXED.join("|")}))?` : "";

/** Served by app/serwist/[path]/route.ts; its scope is the whole site (Service-Worker-Allowed: /). */
export const SERVICE_WORKER_URL = "/serwist/sw.js";
export const SERVICE_WORKER_SCOPE = "/";

/** Shown for a page this device has no copy of while offline (English's; each language has its own). */
export const OFFLINE_PATH = "/offline";

/** The language of a page's path: its code in front, or English. */
export function languageOfPath(pathname: string): string {
  const first = pathname.split("/")[1] ?? "";
  return PREFIXED.includes(first) ? first : "en";
}

/** The offline page in a language ("/offline", "/hi/offline"). */
export function offlinePathIn(locale: string): string {
  return locale === "en" ? OFFLINE_PATH : `/${locale}${OFFLINE_PATH}`;
}

/** Every language's offline page: all are precached, and a page gets the one in its language. */
export const OFFLINE_PATHS: readonly string[] = LOCALE_LIST.map((locale) => offlinePathIn(locale.id));

/**
 * The pages this device has seen, network first. Versioned by name so a future change of what
 * goes in it can drop the old one; the precache is cleaned by Serwist on its own.
 */
export const PAGE_CACHE = "coder-fit-pages-v1";
/** Built files under /_next/static that the precache does not list (names carry a content hash). */
export const STATIC_CACHE = "coder-fit-static-v1";

/** At most this many remembered pages; the least recently used go first. */
export const MAX_KEPT_PAGES = 24;
/** A remembered page not opened for this long is dropped. */
export const KEPT_PAGE_MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

const REPORT_PAGE = new RegExp(`^${PREFIX}/report/([A-Za-z0-9_-]{22,64})$`);
const ASSESSMENT_API = /^\/api\/v1\/assessments\/([A-Za-z0-9_-]{22,64})$/;
const FIXED_PAGES: ReadonlySet<string> = new Set([
  "/",
  "/assessment",
  "/results",
  ...PREFIXED.flatMap((id) => [`/${id}`, `/${id}/assessment`, `/${id}/results`]),
]);

/** The report id in a report page's path, or null. */
export function reportIdOfPath(pathname: string): string | null {
  return REPORT_PAGE.exec(pathname)?.[1] ?? null;
}

export function reportPath(id: string): string {
  return `/report/${id}`;
}

/** A report's page in every language: what is dropped when the result goes. */
export function reportPaths(id: string): string[] {
  return [reportPath(id), ...PREFIXED.map((prefix) => `/${prefix}${reportPath(id)}`)];
}

/** True for a path whose page this device keeps a copy of (the query string aside). */
export function isKeptPath(pathname: string): boolean {
  return FIXED_PAGES.has(pathname) || reportIdOfPath(pathname) !== null;
}

/**
 * True when a response to `url` may be stored: a kept path asked for without a query string.
 * A query marks a one-off view (a report's "?share=shared" banner, an invite link): it is read
 * from the plain page's copy when offline, never stored as one.
 */
export function mayStorePage(url: URL): boolean {
  return url.search === "" && isKeptPath(url.pathname);
}

/** The id of the result a request deletes (DELETE /api/v1/assessments/<id>), or null. */
export function deletedResultId(method: string, url: URL): string | null {
  return method.toUpperCase() === "DELETE" ? (ASSESSMENT_API.exec(url.pathname)?.[1] ?? null) : null;
}

/** Replies after which a report's stored copy must go: the result is gone (or never was). */
export function reportIsGone(status: number): boolean {
  return status === 404 || status === 410;
}

/** A DELETE that removed the result, or found it already removed (lib/results/api.ts reads it the same way). */
export function deleteSucceeded(status: number): boolean {
  return status === 200 || status === 204 || status === 404;
}

/**
 * A Next.js client-side navigation or prefetch asks for the page's RSC payload with an `RSC: 1`
 * header (and an `_rsc` query): never stored, and left to the network. When it fails offline,
 * Next.js falls back to a full page load, which the worker answers from the stored page.
 */
export function isRscRequest(headers: Pick<Headers, "get">, url: URL): boolean {
  return headers.get("RSC") === "1" || url.searchParams.has("_rsc");
}
