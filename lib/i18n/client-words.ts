/**
 * Which page messages the browser gets. Client components read their words from next-intl's
 * provider, which writes them into the page's HTML: all of them would add about 140 KB to every
 * page (the report's HTML budget is 150 KB in all, tests/e2e/report-answer-first). So the root
 * layout gives only the namespaces client components read anywhere (of some, only the parts the
 * report's controls read), and the sections whose client components need more add theirs with a
 * provider in their own layout (SectionWords): the quiz's, the career pages' and Try the work's,
 * the backgrounds picker's, the owner's controls on the report, a person's results, the privacy
 * notice and the counsellor workspace's. A section layout mounts when a visit enters it, also by a
 * client-side link, so its words arrive with it.
 * tests/unit/client-words.test.ts checks every component that can run in the browser against this.
 */
import type { UiMessages } from "./generated/ui";

/** Namespaces the browser reads on every page, whole or (an array) only these parts. */
export const CLIENT_NAMESPACES: Partial<Record<keyof UiMessages, true | readonly string[]>> = {
  common: true,
  offline: true,
  share: true,
  whatIf: true,
  // The report's share, delete and download controls; the rest of these on their own pages.
  join: ["form", "issues", "pick"],
  privacy: ["links", "download"],
  pdf: ["download"],
  results: ["deleteDialog", "parts"],
  report: ["answers", "ownerActions", "delete"],
};

/** What each section's layout adds to those. */
export const SECTION_NAMESPACES = {
  assessment: ["quiz"],
  careers: ["career", "tryWork"],
  backgrounds: ["backgrounds"],
  // The owner's controls on their report; not elsewhere (a stranger's 404 must not carry them).
  report: ["owner"],
  results: ["results"],
  privacy: ["privacy"],
  workspace: ["counsellor", "cohorts", "auth", "pdf"],
} as const satisfies Record<string, readonly (keyof UiMessages)[]>;

export type Section = keyof typeof SECTION_NAMESPACES;

export function clientMessages(messages: Record<string, unknown>, section?: Section): Record<string, unknown> {
  const extra: readonly string[] = section ? SECTION_NAMESPACES[section] : [];
  const picked: Record<string, unknown> = {};
  for (const [namespace, parts] of Object.entries(CLIENT_NAMESPACES)) {
    const all = messages[namespace];
    if (all === undefined) continue;
    picked[namespace] = parts === true ? all : Object.fromEntries(parts.map((part) => [part, (all as Record<string, unknown>)[part]]));
  }
  for (const namespace of extra) if (messages[namespace] !== undefined) picked[namespace] = messages[namespace];
  return picked;
}
