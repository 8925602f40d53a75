/**
 * The browser side of one stored result through the public API: reading it (anyone with the
 * id), and, with this device's owner key, deleting it, listing and withdrawing its shares and
 * proving or claiming ownership. Kept free of zod and the form code, as the report loads it at once.
 * None of them throws: reading gives "found", "missing" (404: never existed or deleted) or
 * "failed" (network, server); deleting and withdrawing say whether it is done.
 */
import type { Answers } from "@/lib/scoring/answers";
import type { AssessmentResult } from "@/lib/results/types";
import type { ShareListItem } from "@/lib/quiz/invite";

/** The header that carries the owner key (lib/validations/assessment.ts names it for the server). */
const OWNER_HEADER = "X-Owner-Key";
const ownerHeaders = (ownerKey: string) => ({ Accept: "application/json", [OWNER_HEADER]: ownerKey });

export const ASSESSMENT_TIMEOUT_MS = 15_000;

export interface FetchedAssessment {
  id: string;
  createdAt: string;
  previousId: string | null;
  answers: Answers;
  result: AssessmentResult;
}

export type FetchOutcome = { kind: "found"; assessment: FetchedAssessment } | { kind: "missing" } | { kind: "failed" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Only the shape the pages rely on is checked; the server is trusted for the rest. */
export function readAssessment(body: unknown): FetchedAssessment | null {
  if (!isRecord(body) || typeof body.id !== "string" || typeof body.createdAt !== "string") return null;
  if (!isRecord(body.answers) || !isRecord(body.result)) return null;
  const result = body.result;
  if (typeof result.overall !== "number" || !isRecord(result.band) || !isRecord(result.components) || !Array.isArray(result.skills)) {
    return null;
  }
  return {
    id: body.id,
    createdAt: body.createdAt,
    previousId: typeof body.previousId === "string" ? body.previousId : null,
    answers: body.answers as Answers,
    result: result as unknown as AssessmentResult,
  };
}

/**
 * GET /api/v1/assessments/:id. `locale` (a page language other than English) asks for the
 * result's words in that language (`?locale=hi`); without it they come as stored.
 */
export async function fetchAssessment(
  id: string,
  options: { fetchImpl?: typeof fetch; timeoutMs?: number; signal?: AbortSignal; locale?: string } = {},
): Promise<FetchOutcome> {
  const { fetchImpl = fetch, timeoutMs = ASSESSMENT_TIMEOUT_MS, signal, locale } = options;
  const query = locale && locale !== "en" ? `?locale=${encodeURIComponent(locale)}` : "";
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const abort = () => controller.abort();
  signal?.addEventListener("abort", abort);
  try {
    const response = await fetchImpl(`/api/v1/assessments/${encodeURIComponent(id)}${query}`, {
      headers: { Accept: "application/json" },
      signal: controller.signal,
      credentials: "same-origin",
      cache: "no-store",
    });
    if (response.status === 404) return { kind: "missing" };
    if (!response.ok) return { kind: "failed" };
    const assessment = readAssessment(await response.json().catch(() => null));
    return assessment ? { kind: "found", assessment } : { kind: "failed" };
  } catch {
    return { kind: "failed" };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}

/**
 * Why a delete did not happen, for a page to word in its language (results.deleteDialog.errors
 * in the message files); `error` is the same in English.
 */
export type DeleteFailure = "forbidden" | "unavailable" | "busy" | "failed" | "offline";

export type DeleteOutcome = { ok: true } | { ok: false; error: string; reason: DeleteFailure };

/** A DELETE is done when it worked or when there was nothing left to delete (404). */
const deleted = (status: number) => status === 204 || status === 200 || status === 404;

const DELETE_FAILED: Record<number, DeleteFailure> = { 403: "forbidden", 503: "unavailable", 429: "busy" };

const DELETE_ERRORS: Record<DeleteFailure, string> = {
  forbidden:
    "This device does not hold the owner key for this result, so it cannot delete it. Open your private owner link on this device first.",
  unavailable: "We could not delete the result just now because the database is not answering. Please try again.",
  busy: "Too many requests from this connection just now. Wait a minute and try again.",
  failed: "Something went wrong on our side and the result was not deleted. Please try again.",
  offline: "We could not delete the result just now. Check your connection and try again.",
};

const deleteFailed = (reason: DeleteFailure): DeleteOutcome => ({ ok: false, error: DELETE_ERRORS[reason], reason });

/**
 * DELETE /api/v1/assessments/:id, from the browser. A 404 means the result is already gone,
 * which is what was asked, so it counts as done. Never throws.
 */
export async function deleteAssessmentRequest(
  id: string,
  ownerKey: string,
  options: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<DeleteOutcome> {
  const { fetchImpl = fetch, timeoutMs = ASSESSMENT_TIMEOUT_MS } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(`/api/v1/assessments/${encodeURIComponent(id)}`, {
      method: "DELETE",
      headers: ownerHeaders(ownerKey),
      signal: controller.signal,
      credentials: "same-origin",
    });
    if (deleted(response.status)) return { ok: true };
    return deleteFailed(DELETE_FAILED[response.status] ?? "failed");
  } catch {
    return deleteFailed("offline");
  } finally {
    clearTimeout(timer);
  }
}

/** DELETE /api/v1/assessments/:id/shares/:shareId. A 404 means it is already gone, which is what was asked. */
export async function withdrawShareRequest(
  assessmentId: string,
  shareId: string,
  ownerKey: string,
  options: { fetchImpl?: typeof fetch } = {},
): Promise<"withdrawn" | "failed"> {
  const { fetchImpl = fetch } = options;
  try {
    const response = await fetchImpl(
      `/api/v1/assessments/${encodeURIComponent(assessmentId)}/shares/${encodeURIComponent(shareId)}`,
      { method: "DELETE", headers: ownerHeaders(ownerKey), credentials: "same-origin" },
    );
    return deleted(response.status) ? "withdrawn" : "failed";
  } catch {
    return "failed";
  }
}

export type SharesOutcome = { kind: "found"; shares: ShareListItem[] } | { kind: "forbidden" } | { kind: "missing" } | { kind: "failed" };

function readShare(value: unknown): ShareListItem | null {
  if (!isRecord(value)) return null;
  const { id, cohortName, counsellorName, displayName, email, consentedAt } = value;
  if (typeof id !== "string" || typeof cohortName !== "string" || typeof counsellorName !== "string") return null;
  if (typeof displayName !== "string" || typeof consentedAt !== "string") return null;
  return { id, cohortName, counsellorName, displayName, email: typeof email === "string" ? email : null, consentedAt };
}

/** GET /api/v1/assessments/:id/shares with the owner key: who the result is shared with, newest first. Never throws. */
export async function fetchSharesRequest(
  assessmentId: string,
  ownerKey: string,
  options: { fetchImpl?: typeof fetch; signal?: AbortSignal } = {},
): Promise<SharesOutcome> {
  const { fetchImpl = fetch, signal } = options;
  try {
    const response = await fetchImpl(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/shares`, {
      headers: ownerHeaders(ownerKey),
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
    if (response.status === 403) return { kind: "forbidden" };
    if (response.status === 404) return { kind: "missing" };
    if (!response.ok) return { kind: "failed" };
    const body: unknown = await response.json().catch(() => null);
    if (!isRecord(body) || !Array.isArray(body.shares)) return { kind: "failed" };
    return { kind: "found", shares: body.shares.flatMap((share) => readShare(share) ?? []) };
  } catch {
    return { kind: "failed" };
  }
}

/** "owner": the key is this result's (or just became it); "forbidden": it is not; "missing": no such result. */
export type OwnerClaimOutcome = "owner" | "forbidden" | "missing" | "failed";

/**
 * POST /api/v1/assessments/:id/owner: checks an owner key (an owner link opened here), or claims
 * a result stored before owner keys for the device that lists it. Never throws.
 */
export async function claimOwnerRequest(
  assessmentId: string,
  ownerKey: string,
  options: { fetchImpl?: typeof fetch } = {},
): Promise<OwnerClaimOutcome> {
  const { fetchImpl = fetch } = options;
  try {
    const response = await fetchImpl(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/owner`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ ownerKey }),
      credentials: "same-origin",
    });
    if (response.status === 200 || response.status === 201) return "owner";
    if (response.status === 403) return "forbidden";
    if (response.status === 404) return "missing";
    return "failed";
  } catch {
    return "failed";
  }
}
