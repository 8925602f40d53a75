"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { formatWhen } from "@/lib/counsellor/when";

export { formatWhen };

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

export type ResultTimeProps = {
  iso: string;
  /** Day and time ("23 Nov 2026, 3:50 am"); otherwise the day alone. */
  withTime?: boolean;
};

/** A timestamp in the reader's own time zone, in the page's language. */
export function ResultTime({ iso, withTime = true }: ResultTimeProps) {
  const timeZone = useReaderTimeZone();
  const t = useTranslations("counsellor.when");
  return <time dateTime={iso}>{formatWhen(iso, timeZone, withTime, t)}</time>;
}
