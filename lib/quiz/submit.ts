/**
 * Sends the answers to the API and turns every possible reply into one of four outcomes the quiz
 * can explain in plain words. Raw error text from the network or the server never reaches the page.
 */
import type { AnswerIssue, Answers } from "@/lib/scoring/answers";
import type { InviteShareInput } from "@/lib/validations/share";
import type { TryWorkSubmission } from "@/lib/try-work/outcome";
import { readShareStatus, type ShareStatus } from "./invite";
import { OWNER_KEY, type SavedResult } from "./storage";
import { englishQuizWords, type QuizWords } from "./words";

export const ASSESSMENTS_ENDPOINT = "/api/v1/assessments";
export const SUBMIT_TIMEOUT_MS = 20_000;
export const DEFAULT_LOCALE = "en-IN";

const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;

/** The browser's language when the API accepts its form ("en", "en-IN"), else en-IN. */
export function pickLocale(language: string | undefined | null): string {
  return language && LOCALE.test(language) ? language : DEFAULT_LOCALE;
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** "about 30 seconds", "about 2 minutes", in the words of `t` (English without one). */
export function describeWait(seconds: number, t: QuizWords = englishQuizWords): string {
  if (seconds < 60) return t("errors.wait.seconds", { count: Math.max(1, Math.ceil(seconds)) });
  return t("errors.wait.minutes", { count: Math.ceil(seconds / 60) });
}

export interface Submission {
  answers: Answers;
  submissionKey: string;
  /** Kept with the result on this device; what deleting, sharing and retaking it need. */
  ownerKey?: string;
  locale: string;
  /** The earlier result this attempt retakes; sent only when set. */
  previousId?: string;
  /** The earlier result's owner key: the server links the two only when it matches. */
  previousOwnerKey?: string;
  /** Sharing with the invite's cohort; sent only when the person ticked the consent box. */
  share?: InviteShareInput;
  /** The "Try the work" exercise, when it was done on this device before the quiz. */
  tryWork?: TryWorkSubmission;
}

export type SubmitOutcome =
  /** `share` is what happened to the sharing that was asked for, or null when none was. */
  | { kind: "saved"; reportUrl: string; result: SavedResult; share: ShareStatus | null }
  | { kind: "invalid"; issues: AnswerIssue[] }
  | { kind: "rate-limited"; retryAfterSeconds: number | null }
  /** The server answered but could not save (its database is down, say): nothing to fix on this side. */
  | { kind: "unavailable" }
  /** No usable answer: offline, timed out, or a reply that is not ours. */
  | { kind: "failed" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Only a same-site path is followed; anything else falls back to the report's own address. */
export function safeReportUrl(reportUrl: unknown, id: string): string {
  if (typeof reportUrl === "string" && reportUrl.startsWith("/") && !reportUrl.startsWith("//") && !reportUrl.includes("\\")) {
    return reportUrl;
  }
  return `/report/${encodeURIComponent(id)}`;
}

function readSaved(body: unknown, now: Date): SubmitOutcome {
  if (!isRecord(body) || typeof body.id !== "string" || body.id === "") return { kind: "failed" };
  const result = isRecord(body.result) ? body.result : {};
  const band = isRecord(result.band) ? result.band : {};
  if (typeof result.overall !== "number" || typeof band.id !== "string" || typeof band.label !== "string") {
    return { kind: "failed" };
  }
  return {
    kind: "saved",
    reportUrl: safeReportUrl(body.reportUrl, body.id),
    result: {
      id: body.id,
      createdAt: now.toISOString(),
      overall: result.overall,
      band: band.id,
      bandLabel: band.label,
      ...(typeof body.ownerKey === "string" && OWNER_KEY.test(body.ownerKey) ? { ownerKey: body.ownerKey } : {}),
    },
    share: readShareStatus(body.share),
  };
}

function readIssues(body: unknown): AnswerIssue[] {
  if (!isRecord(body) || !Array.isArray(body.issues)) return [];
  return body.issues.flatMap((issue: unknown) =>
    isRecord(issue) && typeof issue.path === "string" && typeof issue.message === "string"
      ? [{ path: issue.path, message: issue.message }]
      : [],
  );
}

export interface SubmitOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  now?: () => Date;
}

/** POSTs the answers once. Never throws. */
export async function submitAssessment(submission: Submission, options: SubmitOptions = {}): Promise<SubmitOutcome> {
  const { fetchImpl = fetch, timeoutMs = SUBMIT_TIMEOUT_MS, now = () => new Date() } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(ASSESSMENTS_ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(submission),
      signal: controller.signal,
      credentials: "same-origin",
    });
    if (response.status === 201 || response.status === 200) {
      return readSaved(await response.json().catch(() => null), now());
    }
    if (response.status === 422) {
      return { kind: "invalid", issues: readIssues(await response.json().catch(() => null)) };
    }
    if (response.status === 429) {
      return { kind: "rate-limited", retryAfterSeconds: parseRetryAfter(response.headers.get("Retry-After"), now().getTime()) };
    }
    if (response.status >= 500) return { kind: "unavailable" };
    return { kind: "failed" };
  } catch {
    return { kind: "failed" };
  } finally {
    clearTimeout(timer);
  }
}
