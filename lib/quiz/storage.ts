/**
 * Browser storage for the quiz: the answers in progress (saved on every change, so a refresh or a
 * closed tab loses nothing) and the list of results this device has received. Every access is
 * guarded: private browsing or a full disk must never break the quiz, only stop it saving.
 */
import type { Questionnaire } from "@/lib/profiles/questionnaire-schema";
import type { Answers } from "@/lib/scoring/answers";
import { forgetReportCopy } from "@/lib/offline/forget-report";
import { readRosterNames, type QuizInvite, type ShareDraft } from "./invite";
import { allItems, firstIncompleteStep, firstStepOfSection, isAnswered, reviewStep, stepIndexOfKey, stepKeyAt } from "./progress";

/**
 * Still "v1": fields are only ever added as optional ones (the invite, the consent draft and the
 * step key came later), so progress saved by any earlier release reads back as it was, just
 * without them.
 */
export const QUIZ_STORAGE_KEY = "coder-fit:quiz:v1";
export const RESULTS_STORAGE_KEY = "coder-fit:results:v1";
export const MAX_SAVED_RESULTS = 50;

/** What is kept while a person works through the quiz. */
export interface QuizProgress {
  questionnaireVersion: string;
  /** Made once when the quiz starts; resending it returns the same saved result. */
  submissionKey: string;
  /**
   * Made with the submission key: the secret that deleting, sharing and retaking the result
   * need. Sent with the answers so a retried submit still gets it back; kept with the result.
   */
  ownerKey?: string;
  answers: Answers;
  /** 0-based: the quiz's steps in order (lib/quiz/steps.ts), then the review step. */
  step: number;
  /**
   * The step's key ("temperament-2"), saved with `step` so progress lands on the same page when
   * the steps are laid out differently. Progress without it comes from a release that had one
   * step per section, and its `step` counts sections.
   */
  stepKey?: string;
  startedAt: string;
  updatedAt: string;
  /** Set when this attempt retakes an earlier result (started from its answers). */
  previousId?: string;
  /** The counsellor's invite the quiz was opened with; the consent panel offers to share with them. */
  invite?: QuizInvite;
  /** What was typed into the consent panel, so a refresh keeps the name, email and tick too. */
  shareDraft?: ShareDraft;
}

/** One result this device received, newest first in the list. */
export interface SavedResult {
  id: string;
  createdAt: string;
  overall: number;
  band: string;
  bandLabel: string;
  /** The earlier result this one retakes, when it was started from that result's answers. */
  previousId?: string;
  /** This device's key to act on the result (delete, share, retake). Without it: read only. */
  ownerKey?: string;
  /**
   * Set when the server refused this device's claim on a result stored before owner keys
   * (another device claimed it first): read only here, and no point asking again.
   */
  readOnly?: true;
}

const SUBMISSION_KEY = /^[A-Za-z0-9_-]{16,64}$/;
/** Owner keys are at least 128 bits (lib/validations/assessment.ts checks them on the server). */
export const OWNER_KEY = /^[A-Za-z0-9_-]{22,64}$/;
const RESULT_ID = /^[A-Za-z0-9_-]{22,64}$/;
/** Invite tokens are ids of the same shape (lib/validations/share.ts checks them on the server). */
const INVITE_TOKEN = RESULT_ID;
const MAX_NAME = 200;
const MAX_EMAIL = 320;

/**
 * localStorage, or null when the browser blocks it (storage disabled, some private modes). It
 * only looks, never writes: a browser that refuses writes is found out by the first save.
 */
export function getStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    return storage && typeof storage.getItem === "function" ? storage : null;
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** 128 random bits as 22 base64url characters. */
export function createSubmissionKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return toBase64Url(bytes);
}

/** 144 random bits as 24 base64url characters, as the server makes them. */
export function createOwnerKey(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return toBase64Url(bytes);
}

/** Nothing answered yet; the key and times are filled in when it is first saved. */
export function emptyProgress(questionnaire: Questionnaire): QuizProgress {
  return { questionnaireVersion: questionnaire.version, submissionKey: "", answers: {}, step: 0, startedAt: "", updatedAt: "" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isDateString(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

/** A stored invite, or null when it is missing or broken. */
export function parseInvite(value: unknown): QuizInvite | null {
  if (!isRecord(value)) return null;
  const { token, cohortName, counsellorName, invitesOpen } = value;
  if (typeof token !== "string" || !INVITE_TOKEN.test(token)) return null;
  if (typeof cohortName !== "string" || !cohortName || cohortName.length > MAX_NAME) return null;
  if (typeof counsellorName !== "string" || !counsellorName || counsellorName.length > MAX_NAME) return null;
  const invite: QuizInvite = { token, cohortName, counsellorName, invitesOpen: invitesOpen !== false };
  // The roster's names and the one picked on the invite page, when the cohort has a roster.
  const roster = readRosterNames(value.roster);
  if (roster.length > 0) invite.roster = roster;
  if (typeof value.rosterEntryId === "string" && roster.some((entry) => entry.id === value.rosterEntryId)) invite.rosterEntryId = value.rosterEntryId;
  return invite;
}

/** A stored consent draft, or null when there is none. Text is kept (cut to a sane length), never checked here. */
export function parseShareDraft(value: unknown): ShareDraft | null {
  if (!isRecord(value)) return null;
  const text = (field: unknown, max: number) => (typeof field === "string" ? field.slice(0, max) : "");
  return {
    displayName: text(value.displayName, MAX_NAME),
    email: text(value.email, MAX_EMAIL),
    consent: value.consent === true,
    // The guardian's part only once "under 18" was ticked, so other drafts read as they always have.
    ...(value.under18 === true
      ? { under18: true, guardianName: text(value.guardianName, MAX_NAME), guardianConsent: value.guardianConsent === true }
      : {}),
    ...(typeof value.rosterEntryId === "string" ? { rosterEntryId: value.rosterEntryId.slice(0, 64) } : {}),
  };
}

/** True when progress holds answers or has moved past the first step. */
export function hasStarted(progress: QuizProgress): boolean {
  return progress.step > 0 || Object.keys(progress.answers).length > 0;
}

/**
 * Reads saved progress and repairs what it can: only answers that are still valid for this
 * questionnaire are kept, and the step never skips past a section with a missing answer. A broken
 * key or date comes back empty (a key is made when progress is next saved). Pure: safe in render.
 * Returns null when nothing usable is stored.
 */
export function parseProgress(raw: string | null, questionnaire: Questionnaire): QuizProgress | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;

  const stored = isRecord(parsed.answers) ? parsed.answers : {};
  const answers: Answers = {};
  for (const item of allItems(questionnaire)) {
    const value = stored[item.id];
    if ((typeof value === "string" || typeof value === "number") && isAnswered(item, value)) answers[item.id] = value;
  }

  const savedStep = typeof parsed.step === "number" && Number.isInteger(parsed.step) ? parsed.step : 0;
  // A saved key finds its page even if the steps moved; no key means a release with one step per section.
  const keyedStep = typeof parsed.stepKey === "string" ? stepIndexOfKey(questionnaire, parsed.stepKey) : -1;
  const wanted =
    typeof parsed.stepKey !== "string" ? firstStepOfSection(questionnaire, Math.max(0, savedStep)) : keyedStep >= 0 ? keyedStep : savedStep;
  const step = Math.min(Math.max(0, wanted), reviewStep(questionnaire), firstIncompleteStep(questionnaire, answers));

  const progress: QuizProgress = {
    questionnaireVersion: questionnaire.version,
    submissionKey: typeof parsed.submissionKey === "string" && SUBMISSION_KEY.test(parsed.submissionKey) ? parsed.submissionKey : "",
    answers,
    step,
    stepKey: stepKeyAt(questionnaire, step),
    startedAt: isDateString(parsed.startedAt) ? parsed.startedAt : "",
    updatedAt: isDateString(parsed.updatedAt) ? parsed.updatedAt : "",
  };
  if (typeof parsed.ownerKey === "string" && OWNER_KEY.test(parsed.ownerKey)) progress.ownerKey = parsed.ownerKey;
  if (typeof parsed.previousId === "string" && RESULT_ID.test(parsed.previousId)) progress.previousId = parsed.previousId;
  const invite = parseInvite(parsed.invite);
  if (invite) progress.invite = invite;
  const shareDraft = parseShareDraft(parsed.shareDraft);
  if (shareDraft) progress.shareDraft = shareDraft;
  return progress;
}

/** The raw saved progress, or null; never throws. */
export function readProgressRaw(): string | null {
  try {
    return window.localStorage.getItem(QUIZ_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The raw saved list of results, or null; never throws. A string, so it can be a store snapshot. */
export function readSavedResultsRaw(): string | null {
  try {
    return window.localStorage.getItem(RESULTS_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Parses a raw list as read by readSavedResultsRaw (newest first, broken entries skipped). */
export function parseSavedResults(raw: string | null): SavedResult[] {
  if (raw === null) return [];
  return readSavedResults({ getItem: () => raw } as unknown as Storage);
}

export function loadProgress(storage: Storage, questionnaire: Questionnaire): QuizProgress | null {
  try {
    return parseProgress(storage.getItem(QUIZ_STORAGE_KEY), questionnaire);
  } catch {
    return null;
  }
}

/** Fills in what a fresh or repaired record lacks (key, start time) and stamps the update time. */
export function stampProgress(progress: QuizProgress, now: Date = new Date()): QuizProgress {
  const stamp = now.toISOString();
  return {
    ...progress,
    submissionKey: progress.submissionKey || createSubmissionKey(),
    ownerKey: progress.ownerKey || createOwnerKey(),
    startedAt: progress.startedAt || stamp,
    updatedAt: stamp,
  };
}

/** Writes progress; false when the browser refused (quota, private mode). */
export function saveProgress(storage: Storage, progress: QuizProgress): boolean {
  try {
    storage.setItem(QUIZ_STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(storage: Storage): void {
  try {
    storage.removeItem(QUIZ_STORAGE_KEY);
  } catch {
    // Nothing to do: the next start overwrites it anyway.
  }
}

function isSavedResult(value: unknown): value is SavedResult {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    typeof value.createdAt === "string" &&
    typeof value.overall === "number" &&
    typeof value.band === "string" &&
    typeof value.bandLabel === "string" &&
    (value.previousId === undefined || typeof value.previousId === "string") &&
    (value.ownerKey === undefined || (typeof value.ownerKey === "string" && OWNER_KEY.test(value.ownerKey)))
  );
}

/** The results this device has received, newest first; broken entries are skipped. */
export function readSavedResults(storage: Storage): SavedResult[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RESULTS_STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isSavedResult) : [];
  } catch {
    return [];
  }
}

/** Same-tab listeners: the browser's "storage" event only reaches other tabs. */
export const RESULTS_CHANGED_EVENT = "coder-fit:results-changed";

/** For useSyncExternalStore: other tabs' writes, and this tab's own (announced by writeSavedResults). */
export function subscribeToSavedResults(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(RESULTS_CHANGED_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(RESULTS_CHANGED_EVENT, onChange);
  };
}

function writeSavedResults(storage: Storage, list: SavedResult[]): boolean {
  try {
    storage.setItem(RESULTS_STORAGE_KEY, JSON.stringify(list));
  } catch {
    return false;
  }
  if (typeof window !== "undefined") window.dispatchEvent(new Event(RESULTS_CHANGED_EVENT));
  return true;
}

/** Puts a result at the front of the list (once per id), keeping at most 50. */
export function addSavedResult(storage: Storage, result: SavedResult): boolean {
  const earlier = readSavedResults(storage);
  // A replayed submit may come back without the key the first reply gave: never lose it.
  const ownerKey = result.ownerKey ?? savedOwnerKey(earlier, result.id) ?? undefined;
  const entry = ownerKey ? { ...result, ownerKey } : result;
  const list = [entry, ...earlier.filter((saved) => saved.id !== result.id)].slice(0, MAX_SAVED_RESULTS);
  return writeSavedResults(storage, list);
}

/** Changes one entry in place (its owner key, say); false when it is not listed or the write failed. */
export function updateSavedResult(storage: Storage, id: string, change: Partial<Omit<SavedResult, "id">>): boolean {
  const list = readSavedResults(storage);
  const index = list.findIndex((entry) => entry.id === id);
  if (index < 0) return false;
  list[index] = { ...list[index]!, ...change };
  return writeSavedResults(storage, list);
}

/** This device's owner key for a result, or null: then it may only read it. */
export function savedOwnerKey(list: readonly SavedResult[], id: string): string | null {
  return list.find((entry) => entry.id === id)?.ownerKey ?? null;
}

/**
 * Takes one result off this device's list (the result itself stays on the server), with the
 * offline copy of its report.
 */
export function removeSavedResult(storage: Storage, id: string): boolean {
  forgetReportCopy(id);
  const list = readSavedResults(storage);
  const kept = list.filter((entry) => entry.id !== id);
  return kept.length === list.length ? true : writeSavedResults(storage, kept);
}

/** The newest result this device received, or null. */
export function latestSavedResult(storage: Storage): SavedResult | null {
  return readSavedResults(storage)[0] ?? null;
}
