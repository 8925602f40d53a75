"use client";

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
 * After the page has rendered, fetches the visitor's newest saved result and returns their own
 * figures for their background. Any failure (no result, deleted, offline) quietly gives null.
 */
export function useOwnFigures(rows: readonly Pick<BackgroundRow, "id" | "alreadyHas">[]): OwnFigures | null {
  const [result, setResult] = useState<OwnResultInput | null>(null);
  useEffect(() => {
    const id = newestResultId();
    if (!id) return;
    const controller = new AbortController();
    fetch(`/api/v1/assessments/${encodeURIComponent(id)}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        if (isOwnResultBody(body)) setResult(body.result);
      })
      .catch(() => {
        /* No result to show: the page stays as it is. */
      });
    return () => controller.abort();
  }, []);
  return useMemo(() => (result ? ownFigures(result, rows) : null), [result, rows]);
}
