/**
 * PUT /api/v1/assessments/:id/try-work from the browser, with this device's owner key. Never
 * throws: "saved", "forbidden" (this device does not hold the key), "missing" (the result is
 * gone) or "failed" (offline, timed out, or the server could not save it).
 */
import type { TryWorkSubmission } from "./outcome";

export const TRY_WORK_TIMEOUT_MS = 15_000;

export type SaveTryWorkOutcome = "saved" | "forbidden" | "missing" | "failed";

export async function saveTryWorkRequest(
  assessmentId: string,
  ownerKey: string,
  submission: TryWorkSubmission,
  options: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<SaveTryWorkOutcome> {
  const { fetchImpl = fetch, timeoutMs = TRY_WORK_TIMEOUT_MS } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/try-work`, {
      method: "PUT",
      headers: { Accept: "application/json", "Content-Type": "application/json", "X-Owner-Key": ownerKey },
      body: JSON.stringify({ version: submission.version, answers: submission.answers, feeling: submission.feeling }),
      credentials: "same-origin",
      signal: controller.signal,
    });
    if (response.ok) return "saved";
    if (response.status === 403) return "forbidden";
    if (response.status === 404) return "missing";
    return "failed";
  } catch {
    return "failed";
  } finally {
    clearTimeout(timer);
  }
}
