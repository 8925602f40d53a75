"use client";

import { useMemo, useState, useSyncExternalStore } from "react";
import type { Questionnaire } from "@/lib/profiles/questionnaire-schema";
import { stepKeyAt } from "@/lib/quiz/progress";
import type { QuizInvite } from "@/lib/quiz/invite";
import {
  clearProgress,
  emptyProgress,
  getStorage,
  hasStarted,
  parseProgress,
  parseSavedResults,
  readProgressRaw,
  readSavedResultsRaw,
  savedOwnerKey,
  saveProgress,
  stampProgress,
  subscribeToSavedResults,
  type QuizProgress,
} from "@/lib/quiz/storage";

const subscribeToNothing = () => () => {};

/** Other tabs saving progress (the only storage change this tab does not make itself). */
function subscribeToStorage(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

const storageUsable = () => getStorage() !== null;

/**
 * The quiz's progress and where it is kept: the answers saved on this device (read through
 * useSyncExternalStore, so the server's first render and the browser's agree, and other tabs'
 * saves show), the session being worked on once the person answers, continues or starts over,
 * and the results this device has seen (for a retake). `persist` keeps progress in memory and,
 * when the browser allows it, on the device; `savesHere` is false when it cannot.
 */
export function useQuizProgress(questionnaire: Questionnaire, invite: QuizInvite | null) {
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const storageReadable = useSyncExternalStore(subscribeToNothing, storageUsable, () => true);
  const savedRaw = useSyncExternalStore(subscribeToStorage, readProgressRaw, () => null);
  const saved = useMemo(() => parseProgress(savedRaw, questionnaire), [savedRaw, questionnaire]);
  const resultsRaw = useSyncExternalStore(subscribeToSavedResults, readSavedResultsRaw, () => null);
  const savedResults = useMemo(() => parseSavedResults(resultsRaw), [resultsRaw]);
  /** The progress being worked on, once the person has answered, continued or started over. */
  const [session, setSession] = useState<QuizProgress | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  // Only a result this device owns can be retaken from: the link back needs its owner key.
  const latestResult = savedResults[0]?.ownerKey ? savedResults[0] : null;
  /**
   * The invite stays with this attempt until it is sent: the one in the address wins (it is the
   * newest), else the one remembered with the progress, so a refresh or a later visit keeps it.
   */
  const activeInvite = invite ?? session?.invite ?? saved?.invite ?? null;

  const persist = (next: QuizProgress) => {
    const keyed = { ...next, stepKey: stepKeyAt(questionnaire, next.step) };
    const stamped = stampProgress(activeInvite ? { ...keyed, invite: activeInvite } : keyed);
    setSession(stamped);
    const storage = getStorage();
    if (!storage || !saveProgress(storage, stamped)) setSaveFailed(true);
  };

  /** Clears what is saved and begins again from an empty first step. */
  const restart = () => {
    const storage = getStorage();
    if (storage) clearProgress(storage);
    persist(emptyProgress(questionnaire));
  };

  return {
    hydrated,
    savesHere: storageReadable && !saveFailed,
    saved,
    session,
    /** Before the first answer the quiz shows an empty first step (reusing a saved key if there is one). */
    current: session ?? saved ?? emptyProgress(questionnaire),
    hasSavedProgress: Boolean(saved && hasStarted(saved)),
    latestResult,
    /** The earlier result's owner key, sent so the server links the retake to it. */
    previousOwner: (previousId: string) => {
      const key = savedOwnerKey(savedResults, previousId);
      return key ? { previousOwnerKey: key } : {};
    },
    activeInvite,
    persist,
    restart,
  };
}
