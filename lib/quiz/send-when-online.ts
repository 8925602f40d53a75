/**
 * Sends the quiz's answers by itself once the connection is back. Two things can wake it: the
 * browser's "online" event, and a slow timer for when that event never comes (a missed event, or
 * a connection that is up before it works). Either way there is at most one attempt in flight,
 * and after the attempt that settles it nothing is sent again: an "online" event and a timer tick
 * arriving together make one request, not two. Every attempt resends the same submission (same
 * submission key), so even a reply lost on the way leaves one result on the server.
 * No React, no globals: the events, clock and connection state are handed in.
 */

export const RETRY_EVERY_MS = 10_000;

export interface SendWhenOnlineOptions<Outcome> {
  /** One try. Should not throw; a throw counts as "still offline". */
  attempt: () => Promise<Outcome>;
  /** True when the outcome means the answers still did not get through: wait for the next chance. */
  keepWaiting: (outcome: Outcome) => boolean;
  /** Called once, with the outcome that settled it (saved, refused, rate-limited…). */
  onSettled: (outcome: Outcome) => void;
  /** Called when an attempt starts, e.g. to say the answers are being sent. */
  onAttempt?: () => void;
  /** Called when an attempt did not get through and waiting goes on. */
  onStillWaiting?: () => void;
  isOnline: () => boolean;
  /** Where "online" events arrive: window in the browser. */
  events: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  retryEveryMs?: number;
}

/** Starts waiting; returns a function that stops it (when the page goes away). */
export function sendWhenOnline<Outcome>({
  attempt,
  keepWaiting,
  onSettled,
  onAttempt,
  onStillWaiting,
  isOnline,
  events,
  retryEveryMs = RETRY_EVERY_MS,
}: SendWhenOnlineOptions<Outcome>): () => void {
  let inFlight = false;
  let finished = false;

  const wake = () => void tryNow();
  const stop = () => {
    finished = true;
    events.removeEventListener("online", wake);
    clearInterval(timer);
  };

  async function tryNow(): Promise<void> {
    if (finished || inFlight || !isOnline()) return;
    inFlight = true;
    onAttempt?.();
    let result: { outcome: Outcome } | null = null;
    try {
      result = { outcome: await attempt() };
    } catch {
      result = null;
    } finally {
      inFlight = false;
    }
    if (finished) return;
    if (!result || keepWaiting(result.outcome)) {
      onStillWaiting?.();
      return;
    }
    stop();
    onSettled(result.outcome);
  }

  events.addEventListener("online", wake);
  const timer = setInterval(wake, retryEveryMs);
  return stop;
}
