/**
 * Which page messages the browser gets. The layout hands client components their words through
 * next-intl's provider, which writes them into every page's HTML: all of them would add about
 * 140 KB to each page (the report's HTML budget is 150 KB in all, tests/e2e/report-answer-first).
 * Outside the counsellor workspace the browser gets only the namespaces client components read
 * (checked by tests/unit/client-words.test.ts against every component that can run in the
 * browser); of `report`, only the parts its client components use. The workspace gets everything.
 */
import type { UiMessages } from "./generated/ui";

/** Set by proxy.ts on every page request: the path as asked for (/hi/report/…). */
export const PAGE_PATH_HEADER = "x-coderfit-page-path";

/** Namespaces the browser reads, whole or (an array) only these parts. */
export const CLIENT_NAMESPACES: Partial<Record<keyof UiMessages, true | readonly string[]>> = {
  common: true,
  offline: true,
  quiz: true,
  share: true,
  owner: true,
  whatIf: true,
  tryWork: true,
  results: true,
  join: true,
  backgrounds: true,
  privacy: true,
  pdf: true,
  report: ["answers", "ownerActions", "delete"],
};

/**
 * Namespaces whose client components are on one part of the site only: the quiz
 * (components/quiz, only on /assessment), Try the work (components/try-work's client parts, only
 * on the career pages; the report's try-work card is a server component) and the backgrounds
 * page's picker. Elsewhere they stay on the server.
 */
export const ONLY_UNDER: Partial<Record<keyof UiMessages, readonly string[]>> = {
  quiz: ["/assessment"],
  tryWork: ["/careers"],
  backgrounds: ["/backgrounds"],
};

const LANGUAGE_PREFIX = /^\/[a-z]{2,3}(?=\/|$)/;
const WORKSPACE = /^(?:\/[a-z]{2,3})?\/counsellor(?:\/|$)/;

export function clientMessages(messages: Record<string, unknown>, path: string | null): Record<string, unknown> {
  if (path === null || WORKSPACE.test(path)) return messages;
  const page = path.replace(LANGUAGE_PREFIX, "") || "/";
  const picked: Record<string, unknown> = {};
  for (const [namespace, parts] of Object.entries(CLIENT_NAMESPACES)) {
    const all = messages[namespace];
    const under = ONLY_UNDER[namespace as keyof UiMessages];
    if (all === undefined || (under && !under.some((prefix) => page === prefix || page.startsWith(`${prefix}/`)))) continue;
    picked[namespace] = parts === true ? all : Object.fromEntries(parts.map((part) => [part, (all as Record<string, unknown>)[part]]));
  }
  return picked;
}
