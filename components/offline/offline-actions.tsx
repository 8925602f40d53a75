"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/quiz/button";
import { Icon, type IconName } from "@/components/ui/icon";
import { PAGE_CACHE, reportPath } from "@/lib/offline/cache-rules";
import { getStorage, latestSavedResult, readProgressRaw } from "@/lib/quiz/storage";

type LinkWord = "startQuiz" | "continueQuiz" | "latestReport" | "myResults" | "home";
type KeptLink = { href: string; label: LinkWord; icon: IconName };

/**
 * The pages worth offering offline, in order; only those this device holds a copy of are shown.
 * The addresses are the ones the worker keeps copies under (lib/offline/cache-rules.ts).
 */
function candidates(): KeptLink[] {
  const storage = getStorage();
  const latest = storage ? latestSavedResult(storage) : null;
  return [
    { href: "/assessment", label: readProgressRaw() === null ? "startQuiz" : "continueQuiz", icon: "list" },
    ...(latest ? [{ href: reportPath(latest.id), label: "latestReport", icon: "award" } as const] : []),
    { href: "/results", label: "myResults", icon: "device" },
    { href: "/", label: "home", icon: "compass" },
  ];
}

async function keptOnThisDevice(links: KeptLink[]): Promise<KeptLink[]> {
  if (!("caches" in window)) return [];
  const cache = await caches.open(PAGE_CACHE);
  const found = await Promise.all(links.map((link) => cache.match(link.href, { ignoreSearch: true })));
  return links.filter((_, index) => found[index] !== undefined);
}

/**
 * "Try again", and links to the pages that open without a connection. The page also tries again
 * by itself when the browser says the connection is back.
 */
export function OfflineActions() {
  const t = useTranslations("offline");
  const [kept, setKept] = useState<KeptLink[]>([]);

  useEffect(() => {
    let active = true;
    keptOnThisDevice(candidates())
      .then((links) => {
        if (active) setKept(links);
      })
      .catch(() => {});
    // Reload once the server answers again: on the browser's "online" event, and every few
    // seconds in case that event came before this page was ready (or never comes, as when only
    // the server was out of reach). Reloading only after a real answer never loops.
    let checking = false;
    const tryAgain = async () => {
      if (checking || !navigator.onLine) return;
      checking = true;
      try {
        const answer = await fetch("/api/health", { cache: "no-store" });
        if (active && answer.ok) window.location.reload();
      } catch {
        // Still out of reach: the next tick tries again.
      } finally {
        checking = false;
      }
    };
    const onOnline = () => void tryAgain();
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(onOnline, 3000);
    onOnline();
    return () => {
      active = false;
      window.clearInterval(timer);
      window.removeEventListener("online", onOnline);
    };
  }, []);

  return (
    <>
      <div className="mt-8">
        <Button onClick={() => window.location.reload()}>
          <Icon name="refresh" />
          {t("retry")}
        </Button>
        <p className="mt-3 text-sm leading-relaxed text-slate-600">{t("retryByItself")}</p>
      </div>
      {kept.length > 0 ? (
        <section aria-labelledby="offline-kept" className="mt-10 border-t border-slate-200 pt-8">
          <h2 id="offline-kept" className="text-lg font-semibold text-slate-900">
            {t("availableHeading")}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
            {kept.map((link) => (
              <li key={link.href}>
                {/* A full page load, not a client-side one: the worker answers it from this device's copy. */}
                <a
                  href={link.href}
                  className="flex min-h-12 items-center gap-3 py-3 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                >
                  <Icon name={link.icon} className="size-5 shrink-0" />
                  {t(link.label)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
