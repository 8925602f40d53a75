"use client";

import { useLocale } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { isOwnResultBody, ownFigures, type BackgroundRow, type OwnFigures, type OwnResultInput } from "@/lib/backgrounds";
import { getStorage, RESULTS_STORAGE_KEY } from "@/lib/quiz/storage";

/** The id of the newest result saved in this browser, or null (nothing saved, or unreadable). */
function newestResultId(): string | null {
  try {
    const raw = getStorage()?.getItem(RESULTS_STORAGE_KEY);
    if (!raw) return null;
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list) || !list.length) return null;
    const id = (list[0] as { id?: unknown } | null)?.id;
    return typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * After the page has rendered, fetches the visitor's newest saved result (its words in the page's
 * language, so its degree reads like the rows') and returns their own figures for their
 * background. Any failure (no result, deleted, offline) quietly gives null.
 */
export function useOwnFigures(rows: readonly Pick<BackgroundRow, "id" | "alreadyHas">[]): OwnFigures | null {
  const locale = useLocale();
  const [result, setResult] = useState<OwnResultInput | null>(null);
  useEffect(() => {
    const id = newestResultId();
    if (!id) return;
    const controller = new AbortController();
    const query = locale === "en" ? "" : `?locale=${encodeURIComponent(locale)}`;
    fetch(`/api/v1/assessments/${encodeURIComponent(id)}${query}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        if (isOwnResultBody(body)) setResult(body.result);
      })
      .catch(() => {
        /* No result to show: the page stays as it is. */
      });
    return () => controller.abort();
  }, [locale]);
  return useMemo(() => (result ? ownFigures(result, rows) : null), [result, rows]);
}
