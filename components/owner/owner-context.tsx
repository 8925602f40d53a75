"use client";

import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import {
  addSavedResult,
  getStorage,
  OWNER_KEY,
  parseSavedResults,
  readSavedResultsRaw,
  subscribeToSavedResults,
  type SavedResult,
} from "@/lib/quiz/storage";
import { claimOwnerRequest } from "@/lib/results/api";
import { claimListedResult, needsClaim } from "@/lib/results/owner-claim";

/**
 * Who is looking at a report. "checking" until the page has hydrated (the server cannot see this
 * device's storage, so it renders no owner controls); "owner" when this device holds the result's
 * owner key; "viewer" otherwise ("read-only": listed here, but another device claimed it).
 */
export type OwnerState =
  | { status: "checking" }
  | { status: "owner"; ownerKey: string }
  | { status: "viewer"; readOnly: boolean };

/** What an owner link opened here did; OwnerNotices words it (the `owner` messages' link…). */
export type OwnerNotice = { kind: "accepted" | "refused" | "failed" } | null;

type OwnerContextValue = { state: OwnerState; notice: OwnerNotice };

const OwnerContext = createContext<OwnerContextValue>({ state: { status: "checking" }, notice: null });

/** The owner link carries its key in the fragment, which browsers never send to the server. */
export const OWNER_FRAGMENT = "owner";

/** The owner link opens the report in the language it was made in: English has no prefix, Hindi /hi. */
export function ownerLink(origin: string, id: string, ownerKey: string, locale = "en"): string {
  const prefix = locale === "en" ? "" : `/${encodeURIComponent(locale)}`;
  return `${origin}${prefix}/report/${encodeURIComponent(id)}#${OWNER_FRAGMENT}=${ownerKey}`;
}

/** The key in an address's fragment (#owner=…), or null. */
export function ownerKeyFromFragment(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get(OWNER_FRAGMENT);
  return value && OWNER_KEY.test(value) ? value : null;
}

const SERVER = "\u0000server";
const serverSnapshot = () => SERVER;

export type ReportOwnerProviderProps = {
  id: string;
  /** What this device lists for the result when an owner link adds it. */
  entry: Omit<SavedResult, "ownerKey" | "readOnly" | "previousId">;
  children: ReactNode;
};

/**
 * Decides, in the browser, whether this device may act on the result, and takes the two ways a
 * device gains that: an owner link opened here (#owner=…, checked with the server, then removed
 * from the address bar at once), and a result this device made before owner keys existed, which
 * it claims on its first visit.
 */
export function ReportOwnerProvider({ id, entry, children }: ReportOwnerProviderProps) {
  const raw = useSyncExternalStore(subscribeToSavedResults, readSavedResultsRaw, serverSnapshot);
  const [notice, setNotice] = useState<OwnerNotice>(null);
  const [linkPending, setLinkPending] = useState(false);
  const claimed = useRef(false);
  const linkChecked = useRef(false);
  const saved = useMemo(() => (raw === SERVER ? null : parseSavedResults(raw).find((item) => item.id === id) ?? null), [raw, id]);

  // An owner link: take the key out of the address first, so it is not left in history or copied on.
  useEffect(() => {
    const key = ownerKeyFromFragment(window.location.hash);
    if (!key || linkChecked.current) return;
    linkChecked.current = true;
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}`);
    setLinkPending(true);
    void claimOwnerRequest(id, key).then((outcome) => {
      setLinkPending(false);
      if (outcome === "owner") {
        const storage = getStorage();
        if (storage) addSavedResult(storage, { ...entry, ownerKey: key });
        setNotice({ kind: "accepted" });
      } else if (outcome === "forbidden") {
        setNotice({ kind: "refused" });
      } else {
        setNotice({ kind: "failed" });
      }
    });
  }, [id, entry]);

  // A result this device listed before owner keys existed: claim it once with a new key.
  useEffect(() => {
    if (!saved || !needsClaim(saved) || claimed.current) return;
    claimed.current = true;
    void claimListedResult(id).then((outcome) => {
      // Offline or a server fault: ask again on the next visit.
      if (outcome === "failed" || outcome === "missing") claimed.current = false;
    });
  }, [saved, id]);

  const checking = raw === SERVER || linkPending || Boolean(saved && needsClaim(saved));
  const ownerKey = checking ? null : (saved?.ownerKey ?? null);
  const readOnly = Boolean(saved?.readOnly);
  const value = useMemo<OwnerContextValue>(() => {
    const state: OwnerState = checking
      ? { status: "checking" }
      : ownerKey
        ? { status: "owner", ownerKey }
        : { status: "viewer", readOnly };
    return { state, notice };
  }, [checking, ownerKey, readOnly, notice]);
  return <OwnerContext.Provider value={value}>{children}</OwnerContext.Provider>;
}

export function useOwner(): OwnerContextValue {
  return useContext(OwnerContext);
}

/** Renders its children only on the device that holds the result's owner key. */
export function OwnerOnly({ children }: { children: (ownerKey: string) => ReactNode }) {
  const { state } = useOwner();
  return state.status === "owner" ? <>{children(state.ownerKey)}</> : null;
}

/** The same for markup a server component renders: shown only once this device proves to be the owner's. */
export function OwnerGate({ children }: { children: ReactNode }) {
  return <OwnerOnly>{() => children}</OwnerOnly>;
}
