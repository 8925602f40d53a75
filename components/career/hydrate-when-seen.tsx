"use client";

import { Activity, use, useSyncExternalStore, type ReactNode } from "react";

const seen = new Map<string, Promise<void>>();

/** The first sign of a reader at work (a scroll, a tap, a key): until then nothing needs React. */
const FIRST_ACTIONS = ["scroll", "wheel", "touchstart", "pointerdown", "keydown"] as const;
let firstAction: Promise<void> | null = null;

export function whenActive(): Promise<void> {
  firstAction ??= new Promise<void>((resolve) => {
    const done = () => {
      for (const type of FIRST_ACTIONS) window.removeEventListener(type, done, true);
      resolve();
    };
    for (const type of FIRST_ACTIONS) window.addEventListener(type, done, { capture: true, passive: true });
  });
  return firstAction;
}

/**
 * Resolves once the reader has scrolled, tapped or pressed a key and the server-drawn element with
 * this id is near the screen; null when there is no such element to wait for.
 */
function whenSeen(id: string): Promise<void> | null {
  const known = seen.get(id);
  if (known) return known;
  const element = document.getElementById(id);
  if (!element || typeof IntersectionObserver === "undefined") return null;
  const near = new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin: "600px 0px" },
    );
    observer.observe(element);
  });
  const promise = Promise.all([near, whenActive()]).then(() => undefined);
  seen.set(id, promise);
  return promise;
}

const noSubscription = () => () => {};

/**
 * Waits, while React hydrates the server's HTML, until its part nears the screen. The server's
 * snapshot (true) is what React reads while hydrating; the browser's (false) in every render of
 * its own, so a page drawn in the browser (after a navigation) never waits.
 */
function Gate({ id, children }: { id: string; children: ReactNode }) {
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  if (hydrating && typeof window !== "undefined") {
    const promise = whenSeen(id);
    if (promise) use(promise);
  }
  return children;
}

/**
 * A part of a long server-drawn page that React hydrates only when the reader is active and it
 * comes near the screen, so a phone does not spend its first seconds hydrating a whole profile
 * (plain text, links and disclosures, none of which needs React to work). An
 * Activity boundary, not a Suspense one: the server sends the HTML whole and in order (readable
 * without JavaScript, jump links exact), and until hydrated it is plain HTML whose links and
 * disclosures work natively. `id` is the id of the element it draws, watched for visibility.
 */
export function HydrateWhenSeen({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Activity>
      <Gate id={id}>{children}</Gate>
    </Activity>
  );
}
