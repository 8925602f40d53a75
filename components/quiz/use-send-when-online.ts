"use client";

import { useCallback, useEffect, useRef } from "react";
import { sendWhenOnline, type SendWhenOnlineOptions } from "@/lib/quiz/send-when-online";

export type WaitForConnectionOptions<Outcome> = Omit<SendWhenOnlineOptions<Outcome>, "isOnline" | "events">;

/** True when the browser knows it has no network at all (navigator.onLine is never wrong that way round). */
export function browserIsOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/**
 * lib/quiz/send-when-online.ts bound to this window: returns `waitForConnection`, which starts
 * waiting (replacing any earlier wait) and stops when the component goes away.
 */
export function useSendWhenOnline() {
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  return useCallback(<Outcome,>(options: WaitForConnectionOptions<Outcome>) => {
    stop.current?.();
    stop.current = sendWhenOnline({ ...options, isOnline: () => navigator.onLine, events: window });
  }, []);
}
