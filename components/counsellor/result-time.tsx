"use client";

import { useSyncExternalStore } from "react";

/**
 * The server cannot know the reader's time zone, so the first render uses India's (where most
 * counsellors are) and the browser's own replaces it right after hydration, without a mismatch.
 */
const FIRST_RENDER_TIME_ZONE = "Asia/Kolkata";

const subscribeToNothing = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const firstRenderTimeZone = () => FIRST_RENDER_TIME_ZONE;

export function useReaderTimeZone(): string {
  return useSyncExternalStore(subscribeToNothing, browserTimeZone, firstRenderTimeZone);
}

/** "23 Nov 2026, 3:50 am" or, as a day, "23 November 2026". */
export function formatWhen(iso: string, timeZone: string, withTime: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(
    "en-GB",
    withTime
      ? { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit", hour12: true, timeZone }
      : { day: "numeric", month: "long", year: "numeric", timeZone },
  ).format(date);
}

export type ResultTimeProps = {
  iso: string;
  /** Day and time ("23 Nov 2026, 3:50 am"); otherwise the day alone. */
  withTime?: boolean;
};

/** A timestamp in the reader's own time zone. */
export function ResultTime({ iso, withTime = true }: ResultTimeProps) {
  const timeZone = useReaderTimeZone();
  return <time dateTime={iso}>{formatWhen(iso, timeZone, withTime)}</time>;
}
