/**
 * The exercise's outcome on this device, for someone who tries the work before the quiz: the
 * quiz sends it with the answers, and the server keeps it with the result. Guarded like
 * lib/quiz/storage.ts (private browsing must never break anything) and free of the exercise's
 * data and of zod, as the quiz loads it.
 */
import { FEELINGS, type TryWorkFeeling, type TryWorkSubmission } from "./feelings";
import { TRY_WORK_VERSION } from "./version";

export const TRY_WORK_STORAGE_KEY = "coder-fit:try-work:v1";

/** Kept on the device: what is sent, plus the count shown on the exercise's end screen. */
export interface DeviceTryWork extends TryWorkSubmission {
  correct: number;
  total: number;
  triedAt: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_QUESTIONS = 10;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A kept outcome for the current exercise, or null (nothing kept, broken, or from an older exercise). */
export function parseDeviceTryWork(raw: string | null): DeviceTryWork | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.version !== TRY_WORK_VERSION) return null;
  const { answers, feeling, correct, total, triedAt } = value;
  if (!isRecord(answers)) return null;
  const entries = Object.entries(answers);
  if (entries.length === 0 || entries.length > MAX_QUESTIONS) return null;
  if (!entries.every(([key, option]) => ID.test(key) && typeof option === "string" && ID.test(option))) return null;
  if (typeof feeling !== "string" || !(FEELINGS as readonly string[]).includes(feeling)) return null;
  if (!Number.isInteger(correct) || !Number.isInteger(total) || (correct as number) < 0 || (correct as number) > (total as number)) return null;
  if (typeof triedAt !== "string" || Number.isNaN(Date.parse(triedAt))) return null;
  return {
    version: TRY_WORK_VERSION,
    answers: answers as Record<string, string>,
    feeling: feeling as TryWorkFeeling,
    correct: correct as number,
    total: total as number,
    triedAt,
  };
}

export function readDeviceTryWork(storage: Storage | null): DeviceTryWork | null {
  if (!storage) return null;
  try {
    return parseDeviceTryWork(storage.getItem(TRY_WORK_STORAGE_KEY));
  } catch {
    return null;
  }
}

/** False when the browser refused to keep it. */
export function saveDeviceTryWork(storage: Storage | null, outcome: DeviceTryWork): boolean {
  if (!storage) return false;
  try {
    storage.setItem(TRY_WORK_STORAGE_KEY, JSON.stringify(outcome));
    return true;
  } catch {
    return false;
  }
}

export function clearDeviceTryWork(storage: Storage | null): void {
  try {
    storage?.removeItem(TRY_WORK_STORAGE_KEY);
  } catch {
    // Nothing to do: it is replaced the next time anyway.
  }
}

/** Only what the server takes: the options chosen and the feeling, never the count. */
export function toSubmission(outcome: TryWorkSubmission): TryWorkSubmission {
  return { version: outcome.version, answers: { ...outcome.answers }, feeling: outcome.feeling };
}
