import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendWhenOnline } from "@/lib/quiz/send-when-online";

type Outcome = { kind: "saved"; id: string } | { kind: "failed" };

/** A connection that can be switched, with the "online" event a browser fires. */
function connection(initiallyOnline = false) {
  const events = new EventTarget();
  let online = initiallyOnline;
  return {
    events,
    isOnline: () => online,
    goOnline() {
      online = true;
      events.dispatchEvent(new Event("online"));
    },
    goOffline() {
      online = false;
    },
  };
}

/** A server call the test answers by hand, counting how many were made. */
function server() {
  const pending: ((outcome: Outcome) => void)[] = [];
  const attempt = vi.fn(() => new Promise<Outcome>((resolve) => pending.push(resolve)));
  return { attempt, answer: (outcome: Outcome) => pending.shift()!(outcome), waiting: () => pending.length };
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => Promise.resolve());
const keepWaitingWhenFailed = (outcome: Outcome) => outcome.kind === "failed";

describe("sendWhenOnline", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("does nothing while offline, then sends once when the connection comes back", async () => {
    const net = connection();
    const api = server();
    const onSettled = vi.fn();
    sendWhenOnline({ attempt: api.attempt, keepWaiting: keepWaitingWhenFailed, onSettled, ...net, retryEveryMs: 1000 });

    await vi.advanceTimersByTimeAsync(5000);
    expect(api.attempt).not.toHaveBeenCalled();

    net.goOnline();
    expect(api.attempt).toHaveBeenCalledTimes(1);
    api.answer({ kind: "saved", id: "r1" });
    await flush();
    expect(onSettled).toHaveBeenCalledExactlyOnceWith({ kind: "saved", id: "r1" });

    // Neither later events nor the timer send it again.
    net.goOnline();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.attempt).toHaveBeenCalledTimes(1);
  });

  it("makes one request when the online event and the timer arrive together", async () => {
    const net = connection();
    const api = server();
    const onSettled = vi.fn();
    sendWhenOnline({ attempt: api.attempt, keepWaiting: keepWaitingWhenFailed, onSettled, ...net, retryEveryMs: 1000 });

    net.goOnline();
    await vi.advanceTimersByTimeAsync(1000); // the timer ticks while the first request is still out
    net.goOnline(); // and the event fires twice
    expect(api.attempt).toHaveBeenCalledTimes(1);
    expect(api.waiting()).toBe(1);

    api.answer({ kind: "saved", id: "r1" });
    await flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(api.attempt).toHaveBeenCalledTimes(1);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it("keeps waiting after a try that did not get through, and settles on the next that does", async () => {
    const net = connection(true);
    const api = server();
    const onSettled = vi.fn();
    const onStillWaiting = vi.fn();
    const onAttempt = vi.fn();
    sendWhenOnline({ attempt: api.attempt, keepWaiting: keepWaitingWhenFailed, onSettled, onAttempt, onStillWaiting, ...net, retryEveryMs: 1000 });

    // Already online (a missed event): the timer finds it.
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.attempt).toHaveBeenCalledTimes(1);
    api.answer({ kind: "failed" });
    await flush();
    expect(onStillWaiting).toHaveBeenCalledTimes(1);
    expect(onSettled).not.toHaveBeenCalled();

    net.goOffline();
    await vi.advanceTimersByTimeAsync(3000);
    expect(api.attempt).toHaveBeenCalledTimes(1);

    net.goOnline();
    api.answer({ kind: "saved", id: "r2" });
    await flush();
    expect(onAttempt).toHaveBeenCalledTimes(2);
    expect(onSettled).toHaveBeenCalledExactlyOnceWith({ kind: "saved", id: "r2" });
  });

  it("treats a throwing attempt as still offline", async () => {
    const net = connection(true);
    const onSettled = vi.fn();
    const attempt = vi.fn<() => Promise<Outcome>>().mockRejectedValueOnce(new Error("boom")).mockResolvedValueOnce({ kind: "saved", id: "r3" });
    sendWhenOnline({ attempt, keepWaiting: keepWaitingWhenFailed, onSettled, ...net, retryEveryMs: 1000 });

    await vi.advanceTimersByTimeAsync(1000);
    expect(onSettled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(attempt).toHaveBeenCalledTimes(2);
    expect(onSettled).toHaveBeenCalledExactlyOnceWith({ kind: "saved", id: "r3" });
  });

  it("stops for good when cancelled, even with a request out", async () => {
    const net = connection();
    const api = server();
    const onSettled = vi.fn();
    const stop = sendWhenOnline({ attempt: api.attempt, keepWaiting: keepWaitingWhenFailed, onSettled, ...net, retryEveryMs: 1000 });

    net.goOnline();
    stop();
    api.answer({ kind: "saved", id: "r4" });
    await flush();
    net.goOnline();
    await vi.advanceTimersByTimeAsync(5000);
    expect(api.attempt).toHaveBeenCalledTimes(1);
    expect(onSettled).not.toHaveBeenCalled();
  });
});
