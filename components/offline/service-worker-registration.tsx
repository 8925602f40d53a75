"use client";

// eslint-disable-next-line no-restricted-imports -- the address as the browser has it (/hi/report/…), which is what the offline copy is kept under.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { isKeptPath, SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL } from "@/lib/offline/cache-rules";

/** Asks the worker to keep a copy of a page (Serwist's CACHE_URLS message, routed like a fetch). */
async function keepCopy(path: string): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [path] } });
}

/**
 * Registers the service worker (lib/offline/service-worker.ts) in production builds, and makes
 * sure the pages it keeps get kept: a page loaded before the worker ran (the first visit), one
 * opened with a query (a report's "?share=" banner) and one reached by a client-side link never
 * passed through the worker as a whole page, so it is fetched once more for the copy.
 */
export function ServiceWorkerRegistration() {
  const pathname = usePathname();
  const firstPage = useRef(true);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      // Under `next dev`, a worker left by a production build on the same address would serve that build's files.
      void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((registration) => void registration.unregister()));
      return;
    }
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE }).catch(() => {
      // No worker (blocked, private mode): the site works as before, only not offline.
    });
  }, []);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const loadedThroughWorker = firstPage.current && navigator.serviceWorker.controller !== null && location.search === "";
    firstPage.current = false;
    if (loadedThroughWorker || !navigator.onLine || !isKeptPath(pathname)) return;
    keepCopy(pathname).catch(() => {});
  }, [pathname]);

  return null;
}
