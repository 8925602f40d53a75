import { PAGE_CACHE, reportPaths } from "./cache-rules";

/**
 * Drops this device's offline copy of a report (kept by the service worker), when the person
 * takes the result off this device's list. Cache Storage is shared with the worker, so the page
 * can do it itself. Fire and forget: without Cache Storage (old browser, tests) there is no copy.
 */
export function forgetReportCopy(id: string): void {
  if (typeof caches === "undefined") return;
  caches
    .open(PAGE_CACHE)
    .then((cache) => Promise.all(reportPaths(id).map((path) => cache.delete(path, { ignoreSearch: true }))))
    .catch(() => {});
}
