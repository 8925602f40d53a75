/// <reference lib="webworker" />
/**
 * The service worker. @serwist/turbopack bundles this file with esbuild when `next build`
 * prerenders app/serwist/[path]/route.ts, and serves it as /serwist/sw.js. What it may keep is
 * decided in ./cache-rules.ts; docs/architecture.md ("Offline") explains the choices.
 *
 * - The built files (and the offline page) are precached, so a quiz that has loaded keeps working
 *   when the connection drops: moving between steps never asks the network for anything.
 * - Kept pages are network first: online, the server's answer always wins, an outage page or a
 *   404 included; only a request that gets no answer at all falls back to this device's copy.
 * - A page with no copy, asked for offline, gets the offline page instead of the browser's error.
 * Nothing else is touched: API calls, Next.js's RSC requests and sign-in forms go straight to the
 * network as if there were no worker.
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from "serwist";
import type { PrecacheEntry, RouteHandlerCallback, SerwistGlobalConfig, SerwistPlugin } from "serwist";
import {
  deletedResultId,
  deleteSucceeded,
  isKeptPath,
  isRscRequest,
  KEPT_PAGE_MAX_AGE_SECONDS,
  MAX_KEPT_PAGES,
  mayStorePage,
  languageOfPath,
  OFFLINE_PATHS,
  offlinePathIn,
  PAGE_CACHE,
  reportIdOfPath,
  reportIsGone,
  reportPaths,
  STATIC_CACHE,
} from "./cache-rules";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    /** Replaced at build time with the list of built files to precache. */
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

async function forgetReport(id: string): Promise<void> {
  const cache = await caches.open(PAGE_CACHE);
  await Promise.all(reportPaths(id).map((path) => cache.delete(path, { ignoreSearch: true })));
}

const keepWholePagesOnly: SerwistPlugin = {
  // A copy is only ever a complete, current page: 200, not a redirect, HTML, no query string.
  cacheWillUpdate: async ({ request, response }) =>
    response.status === 200 &&
    !response.redirected &&
    (response.headers.get("Content-Type") ?? "").includes("text/html") &&
    mayStorePage(new URL(request.url))
      ? response
      : null,
  // A report the server no longer has (deleted by its owner) must not live on in a copy here.
  fetchDidSucceed: async ({ request, response }) => {
    const id = reportIdOfPath(new URL(request.url).pathname);
    if (id && reportIsGone(response.status)) await forgetReport(id);
    return response;
  },
};

/** Passes the owner's DELETE through untouched, then drops the deleted report's copy. */
const deleteThenForget: RouteHandlerCallback = async ({ request, url }) => {
  const response = await fetch(request);
  const id = deletedResultId(request.method, url);
  if (id && deleteSucceeded(response.status)) await forgetReport(id);
  return response;
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new build takes over at once: its precache matches the server's files.
  skipWaiting: true,
  // The page that registered the worker is looked after from its first visit.
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && deletedResultId(request.method, url) !== null,
      method: "DELETE",
      handler: deleteThenForget,
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && isKeptPath(url.pathname) && !isRscRequest(request.headers, url),
      handler: new NetworkFirst({
        cacheName: PAGE_CACHE,
        // "?share=…" and other one-off queries read the plain page's copy.
        matchOptions: { ignoreSearch: true },
        plugins: [
          keepWholePagesOnly,
          new ExpirationPlugin({ maxEntries: MAX_KEPT_PAGES, maxAgeSeconds: KEPT_PAGE_MAX_AGE_SECONDS, maxAgeFrom: "last-used" }),
        ],
      }),
    },
    {
      // Content-hashed build files the precache does not list.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: STATIC_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 64 })] }),
    },
    {
      // Every other page of ours straight from the network, so the offline page can stand in for it.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    // The offline page in the language of the page asked for.
    entries: OFFLINE_PATHS.map((url) => ({
      url,
      matcher: ({ request }) => request.mode === "navigate" && offlinePathIn(languageOfPath(new URL(request.url).pathname)) === url,
    })),
  },
});

serwist.addEventListeners();
