"use client";

import { lazy } from "react";
import type { CareerPart as Part } from "./career-part-body";
import { whenActive } from "./hydrate-when-seen";

/**
 * The code and data of the sections arrive in their own script, fetched when React first draws a
 * section: on the server (every page is drawn there first) and in the browser only once a section
 * is about to be hydrated (HydrateWhenSeen) or a page is drawn after a navigation. The page's own
 * React payload then carries each part's name instead of its whole tree, which a phone would
 * otherwise download inside the HTML a second time and decode before the page responds.
 */
const load = () => import("./career-part-body");
const Body = lazy(load);

// Fetched as soon as the reader scrolls, taps or presses a key, so it is usually here before the
// first section they reach needs it (a tap before then follows the plain link: nothing is lost),
// with the profile's words in the page's language when it is not English.
if (typeof window !== "undefined") void whenActive().then(load).then((body) => body.preloadProfile(document.documentElement.lang));

export function CareerPart({ part }: { part: Part }) {
  return <Body part={part} />;
}
